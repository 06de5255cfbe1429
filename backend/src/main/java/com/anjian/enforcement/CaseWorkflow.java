package com.anjian.enforcement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The chain of an enforcement case, without persistence (like {@code HazardWorkflow}): inspected →
 * ordered → re-inspected → penalty notified → penalty decided → fine paid → closed. After the
 * re-inspection a case may instead be closed without a penalty, but only on a legal ground
 * ({@link NoPenaltyReason}); a decision may be closed at once (a warning only, fine 0: which of payment
 * and closing fits the decided fine is the case service's rule, not the chain's); until it is over it may be withdrawn with a reason. No step is skipped or
 * repeated, and nothing follows the end.
 */
public final class CaseWorkflow {

    private static final Map<CaseState, Set<CaseAction>> NEXT = new EnumMap<>(CaseState.class);
    private static final Map<CaseAction, CaseState> RESULT = new EnumMap<>(CaseAction.class);

    static {
        NEXT.put(CaseState.INSPECTED, EnumSet.of(CaseAction.ORDER, CaseAction.WITHDRAW));
        NEXT.put(CaseState.ORDERED, EnumSet.of(CaseAction.REINSPECT, CaseAction.WITHDRAW));
        NEXT.put(CaseState.REINSPECTED, EnumSet.of(CaseAction.NOTIFY_PENALTY, CaseAction.CLOSE_WITHOUT_PENALTY, CaseAction.WITHDRAW));
        NEXT.put(CaseState.PENALTY_NOTIFIED, EnumSet.of(CaseAction.DECIDE_PENALTY, CaseAction.WITHDRAW));
        // a decision of a warning only (警告, fine 0) is closed without a payment; the case service tells them apart
        NEXT.put(CaseState.PENALTY_DECIDED, EnumSet.of(CaseAction.RECORD_PAYMENT, CaseAction.CLOSE, CaseAction.WITHDRAW));
        NEXT.put(CaseState.FINE_PAID, EnumSet.of(CaseAction.CLOSE, CaseAction.WITHDRAW));
        NEXT.put(CaseState.CLOSED, EnumSet.noneOf(CaseAction.class));
        NEXT.put(CaseState.NO_PENALTY, EnumSet.noneOf(CaseAction.class));
        NEXT.put(CaseState.WITHDRAWN, EnumSet.noneOf(CaseAction.class));

        RESULT.put(CaseAction.ORDER, CaseState.ORDERED);
        RESULT.put(CaseAction.REINSPECT, CaseState.REINSPECTED);
        RESULT.put(CaseAction.NOTIFY_PENALTY, CaseState.PENALTY_NOTIFIED);
        RESULT.put(CaseAction.DECIDE_PENALTY, CaseState.PENALTY_DECIDED);
        RESULT.put(CaseAction.RECORD_PAYMENT, CaseState.FINE_PAID);
        RESULT.put(CaseAction.CLOSE, CaseState.CLOSED);
        RESULT.put(CaseAction.CLOSE_WITHOUT_PENALTY, CaseState.NO_PENALTY);
        RESULT.put(CaseAction.WITHDRAW, CaseState.WITHDRAWN);
    }

    /** Why a step was refused: not allowed in the state, or a required reason missing. */
    public static final class Refused extends RuntimeException {

        private final String messageKey;

        Refused(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        /** The message key of the refusal, for the case service's problem response. */
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * A step and what justifies it: WITHDRAW needs {@code text} (the reason); CLOSE_WITHOUT_PENALTY needs a
     * {@code noPenaltyReason}, and OTHER also the {@code text} that names its ground.
     */
    public record Step(CaseAction action, NoPenaltyReason noPenaltyReason, String text) {

        public static Step of(CaseAction action) {
            return new Step(action, null, null);
        }

        public static Step withdraw(String reason) {
            return new Step(CaseAction.WITHDRAW, null, reason);
        }

        public static Step closeWithoutPenalty(NoPenaltyReason reason, String text) {
            return new Step(CaseAction.CLOSE_WITHOUT_PENALTY, reason, text);
        }
    }

    private CaseWorkflow() {
    }

    /** The actions the state admits. */
    public static Set<CaseAction> next(CaseState state) {
        return Collections.unmodifiableSet(NEXT.get(Objects.requireNonNull(state, "state")));
    }

    public static boolean allows(CaseState state, CaseAction action) {
        return next(state).contains(action);
    }

    /** The state the step leads to; {@link Refused} when the state does not admit it or its reason is missing. */
    public static CaseState take(CaseState state, Step step) {
        Objects.requireNonNull(step, "step");
        CaseAction action = Objects.requireNonNull(step.action(), "action");
        if (!allows(state, action)) {
            throw new Refused("case.step.not-allowed", action + " is not allowed in " + state);
        }
        switch (action) {
            case WITHDRAW -> {
                if (blank(step.text())) {
                    throw new Refused("case.withdraw.reason-required", "a withdrawal states its reason");
                }
            }
            case CLOSE_WITHOUT_PENALTY -> {
                if (step.noPenaltyReason() == null) {
                    throw new Refused("case.no-penalty.reason-required", "closing without a penalty needs its legal ground");
                }
                if (step.noPenaltyReason() == NoPenaltyReason.OTHER && blank(step.text())) {
                    throw new Refused("case.no-penalty.other-text-required", "another ground must be stated in words");
                }
            }
            default -> {
                // the other steps need nothing beyond their documents, which the case service checks
            }
        }
        return RESULT.get(action);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
