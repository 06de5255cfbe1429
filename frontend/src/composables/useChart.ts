import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { init, use, type EChartsCoreOption, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

type EChartsExtensions = Parameters<typeof use>[0]

/**
 * An ECharts instance bound to an element. Charts stay on demand: each caller passes only the
 * chart types and components it draws, e.g. `useChart(el, option, [BarChart, GridComponent])`
 * (from 'echarts/charts' and 'echarts/components'); never import 'echarts' itself.
 */
export function useChart(el: Ref<HTMLElement | null>, option: Ref<EChartsCoreOption>, extensions: EChartsExtensions) {
  use(CanvasRenderer)
  use(extensions)
  const chart = shallowRef<ECharts>()
  const resize = () => chart.value?.resize()

  onMounted(() => {
    if (!el.value) return
    chart.value = init(el.value)
    chart.value.setOption(option.value)
    window.addEventListener('resize', resize)
  })
  watch(option, (value) => chart.value?.setOption(value, { notMerge: true }), { deep: true })
  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize)
    chart.value?.dispose()
  })
  return chart
}
