package com.anjian.enforcement;

import com.anjian.enforcement.CaseWorkflow.Refused;
import com.anjian.enforcement.CaseWorkflow.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The chain of an enforcement case without a server: every action against every state, the
 * expectations written out as a table, not derived from the code under test.
 */
class CaseWorkflowTest {

    /** Every allowed (state, action) and where it leads; every pair not listed is refused. */
    private static final Map<String, CaseState> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("INSPECTED ORDER", CaseState.ORDERED),
            Map.entry("INSPECTED WITHDRAW", CaseState.WITHDRAWN),
            Map.entry("ORDERED REINSPECT", CaseState.REINSPECTED),
            Map.entry("ORDERED WITHDRAW", CaseState.WITHDRAWN),
            Map.entry("REINSPECTED NOTIFY_PENALTY", CaseState.PENALTY_NOTIFIED),
            Map.entry("REINSPECTED CLOSE_WITHOUT_PENALTY", CaseState.NO_PENALTY),
            Map.entry("REINSPECTED WITHDRAW", CaseState.WITHDRAWN),
            Map.entry("PENALTY_NOTIFIED DECIDE_PENALTY", CaseState.PENALTY_DECIDED),
            Map.entry("PENALTY_NOTIFIED WITHDRAW", CaseState.WITHDRAWN),
            Map.entry("PENALTY_DECIDED RECORD_PAYMENT", CaseState.FINE_PAID),
            Map.entry("PENALTY_DECIDED WITHDRAW", CaseState.WITHDRAWN),
            Map.entry("PENALTY_DECIDED CLOSE", CaseState.CLOSED),
            Map.entry("FINE_PAID CLOSE", CaseState.CLOSED),
            Map.entry("FINE_PAID WITHDRAW", CaseState.WITHDRAWN)));

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                pairs.add(Arguments.of(state, action));
            }
        }
        return pairs.stream();
    }

    /** A step with whatever justification its action needs, so only the state decides. */
    private static Step justified(CaseAction action) {
        return switch (action) {
            case WITHDRAW -> Step.withdraw("当事人已依法注销，案件撤销");
            case CLOSE_WITHOUT_PENALTY -> Step.closeWithoutPenalty(NoPenaltyReason.FIRST_MINOR_CORRECTED, null);
            default -> Step.of(action);
        };
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void everyStateAdmitsExactlyItsNextStepsAndLeadsWhereTheTableSays(CaseState state, CaseAction action) {
        CaseState expected = ALLOWED.get(state + " " + action);
        assertEquals(expected != null, CaseWorkflow.allows(state, action));
        if (expected != null) {
            assertEquals(expected, CaseWorkflow.take(state, justified(action)));
        } else {
            Refused refused = assertThrows(Refused.class, () -> CaseWorkflow.take(state, justified(action)));
            assertEquals("case.step.not-allowed", refused.messageKey());
        }
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void nextListsTheAllowedActionsOfTheState(CaseState state) {
        Set<CaseAction> expected = EnumSet.noneOf(CaseAction.class);
        ALLOWED.keySet().stream().filter(key -> key.startsWith(state + " "))
                .forEach(key -> expected.add(CaseAction.valueOf(key.substring(key.indexOf(' ') + 1))));
        assertEquals(expected, CaseWorkflow.next(state));
    }

    @Test
    void theEndsAdmitNothing() {
        for (CaseState end : List.of(CaseState.CLOSED, CaseState.NO_PENALTY, CaseState.WITHDRAWN)) {
            assertEquals(Set.of(), CaseWorkflow.next(end), end.name());
            assertEquals(true, end.terminal());
        }
        for (CaseState open : EnumSet.complementOf(EnumSet.of(CaseState.CLOSED, CaseState.NO_PENALTY, CaseState.WITHDRAWN))) {
            assertEquals(false, open.terminal(), open.name());
        }
    }

    @Test
    void theWholeChainRunsOneStepAtATime() {
        CaseState state = CaseState.INSPECTED;
        for (CaseAction action : List.of(CaseAction.ORDER, CaseAction.REINSPECT, CaseAction.NOTIFY_PENALTY, CaseAction.DECIDE_PENALTY,
                CaseAction.RECORD_PAYMENT, CaseAction.CLOSE)) {
            state = CaseWorkflow.take(state, Step.of(action));
        }
        assertEquals(CaseState.CLOSED, state);
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"INSPECTED", "ORDERED", "REINSPECTED", "PENALTY_NOTIFIED", "PENALTY_DECIDED", "FINE_PAID"})
    void aWithdrawalNeedsItsReason(CaseState state) {
        for (String missing : new String[]{null, "", "   "}) {
            Refused refused = assertThrows(Refused.class, () -> CaseWorkflow.take(state, Step.withdraw(missing)));
            assertEquals("case.withdraw.reason-required", refused.messageKey());
        }
        assertEquals(CaseState.WITHDRAWN, CaseWorkflow.take(state, Step.withdraw("重复立案")));
    }

    @Test
    void closingWithoutPenaltyNeedsALegalGroundAndOtherGroundsTheirWords() {
        Refused none = assertThrows(Refused.class, () -> CaseWorkflow.take(CaseState.REINSPECTED,
                Step.closeWithoutPenalty(null, "整改到位")));
        assertEquals("case.no-penalty.reason-required", none.messageKey());
        Refused otherWithoutWords = assertThrows(Refused.class, () -> CaseWorkflow.take(CaseState.REINSPECTED,
                Step.closeWithoutPenalty(NoPenaltyReason.OTHER, " ")));
        assertEquals("case.no-penalty.other-text-required", otherWithoutWords.messageKey());

        assertEquals(CaseState.NO_PENALTY, CaseWorkflow.take(CaseState.REINSPECTED,
                Step.closeWithoutPenalty(NoPenaltyReason.OTHER, "当事人已死亡")));
        for (NoPenaltyReason ground : List.of(NoPenaltyReason.FIRST_MINOR_CORRECTED, NoPenaltyReason.NO_FAULT, NoPenaltyReason.TIME_BARRED)) {
            assertEquals(CaseState.NO_PENALTY, CaseWorkflow.take(CaseState.REINSPECTED, Step.closeWithoutPenalty(ground, null)));
        }
    }

    @Test
    void closingWithoutPenaltyIsRefusedBeforeTheReinspectionAndOnceAPenaltyIsUnderWay() {
        for (CaseState state : List.of(CaseState.INSPECTED, CaseState.ORDERED, CaseState.PENALTY_NOTIFIED, CaseState.PENALTY_DECIDED,
                CaseState.FINE_PAID)) {
            assertThrows(Refused.class, () -> CaseWorkflow.take(state,
                    Step.closeWithoutPenalty(NoPenaltyReason.FIRST_MINOR_CORRECTED, null)), state.name());
        }
    }

    @Test
    void theGroundsCiteTheirClausesOfTheAdministrativePenaltyLaw() {
        assertEquals("《中华人民共和国行政处罚法》第三十三条第一款", NoPenaltyReason.FIRST_MINOR_CORRECTED.legalBasis());
        assertEquals("《中华人民共和国行政处罚法》第三十三条第二款", NoPenaltyReason.NO_FAULT.legalBasis());
        assertEquals("《中华人民共和国行政处罚法》第三十六条", NoPenaltyReason.TIME_BARRED.legalBasis());
        assertEquals(null, NoPenaltyReason.OTHER.legalBasis());
    }
}
