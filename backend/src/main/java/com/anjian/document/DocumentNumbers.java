package com.anjian.document;

import com.anjian.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;

/**
 * Numbers of official documents, gap-free per issuing unit, kind and year (东溪经发责改〔2021〕3号):
 * a document number is part of the enforcement record, and a missing one reads as a document
 * destroyed. The counter row is taken with the {@link com.anjian.town.TownCounters} upsert idiom and
 * held until the caller's transaction ends, so concurrent issuers get distinct numbers and a
 * rolled-back issue gives its number back: never skipped, never reused.
 */
@ApplicationScoped
public class DocumentNumbers {

    /** Endings of a unit's name that its short name drops: 经发办 → 经发, 规划自然资源所 → 规划自然资源. */
    private static final List<String> UNIT_NAME_ENDINGS = List.of("中心", "办", "所", "站");

    /** Endings of a town's name that its short name drops: 东溪镇 → 东溪, 古南街道 → 古南. */
    private static final List<String> TOWN_NAME_ENDINGS = List.of("街道", "镇", "乡");

    @Inject
    EntityManager em;

    /** The next number of the unit's documents of this kind in the year; call it in the transaction that records the document. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentNumber next(Unit issuingUnit, DocumentKind kind, int year) {
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(kind, "kind");
        em.createNativeQuery("INSERT INTO document_counter (unit_id, kind, year, value) VALUES (?1, ?2, ?3, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE value = LAST_INSERT_ID(value + 1)")
                .setParameter(1, issuingUnit.id).setParameter(2, kind.name()).setParameter(3, year).executeUpdate();
        int sequence = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
        return new DocumentNumber(format(prefixOf(issuingUnit), kind, year, sequence), kind, year, sequence);
    }

    /** The unit's own prefix, or the town's and the unit's short names (东溪镇, 经发办 → 东溪经发). */
    public static String prefixOf(Unit unit) {
        if (unit.documentPrefix != null && !unit.documentPrefix.isBlank()) {
            return unit.documentPrefix;
        }
        return defaultPrefix(unit.town.name, unit.name);
    }

    /**
     * 东溪镇, 经发办 → 东溪经发; 古南街道, 应急办 → 古南应急; 东溪镇, 党政办公室 → 东溪党政办公室. A town's name
     * loses 镇, 乡 or 街道 (or else its last character), a unit's a trailing 办, 所, 站 or 中心.
     */
    public static String defaultPrefix(String townName, String unitName) {
        String town = townName.trim();
        String shortTown = withoutEnding(town, TOWN_NAME_ENDINGS);
        if (shortTown.equals(town) && town.length() > 1) {
            shortTown = town.substring(0, town.length() - 1);
        }
        return shortTown + withoutEnding(unitName.trim(), UNIT_NAME_ENDINGS);
    }

    private static String withoutEnding(String name, List<String> endings) {
        for (String ending : endings) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    /** 东溪经发, RECTIFICATION_ORDER, 2021, 3 → 东溪经发责改〔2021〕3号 (〔〕 are the brackets of Chinese document numbers). */
    public static String format(String prefix, DocumentKind kind, int year, int sequence) {
        return prefix + kind.code() + "〔" + year + "〕" + sequence + "号";
    }
}
