package com.anjian.me;

import com.anjian.common.AnjianConfig;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import com.anjian.common.time.BusinessClock;
import com.anjian.hazard.HazardFilter;
import com.anjian.hazard.HazardService;
import com.anjian.hazard.HazardStatus;
import com.anjian.ledger.LedgerDtos;
import com.anjian.ledger.LedgerPeriod;
import com.anjian.ledger.LedgerService;
import com.anjian.ledger.LedgerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What needs the caller today, for the home page. Each hazard count is the total of the hazard list
 * with the returned filter (the same query, through {@link HazardService#count}), so a click on it
 * shows exactly those hazards. Only the work the caller's role can do is listed (HazardWorkflow):
 * <ul>
 *   <li>town admins: register, order, rectify, verify and close anything; overdue; major hazards
 *       awaiting their district report;</li>
 *   <li>office heads: register, order, verify and close what their office sees; rectify what is
 *       assigned to their office; overdue;</li>
 *   <li>village officers: rectify, and overdue, what is assigned to their village;</li>
 *   <li>leaders: overdue (they are told from the last escalation on, and press for it).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyTasksService {

    @Inject
    CurrentUser currentUser;

    @Inject
    HazardService hazards;

    @Inject
    LedgerService ledgers;

    @Inject
    BusinessClock clock;

    @Inject
    AnjianConfig config;

    public MyTasks mine() {
        Caller caller = currentUser.scoped();
        boolean admin = caller.is(Roles.TOWN_ADMIN);
        boolean officeHead = caller.is(Roles.OFFICE_HEAD);
        boolean villageOfficer = caller.is(Roles.VILLAGE_OFFICER);
        boolean steers = admin || officeHead;
        Long own = caller.unitId();

        List<MyTasks.HazardTask> tasks = new ArrayList<>();
        if (steers) {
            tasks.add(task(MyTasks.Key.TO_REGISTER, new MyTasks.Filter(HazardStatus.FOUND, null, null, null)));
            tasks.add(task(MyTasks.Key.TO_ORDER, new MyTasks.Filter(HazardStatus.REGISTERED, null, null, null)));
        }
        if (admin) {
            tasks.add(task(MyTasks.Key.TO_RECTIFY, new MyTasks.Filter(HazardStatus.RECTIFYING, null, null, null)));
        } else if (officeHead || villageOfficer) {
            tasks.add(task(MyTasks.Key.TO_RECTIFY, new MyTasks.Filter(HazardStatus.RECTIFYING, own, null, null)));
        }
        if (steers) {
            tasks.add(task(MyTasks.Key.TO_VERIFY, new MyTasks.Filter(HazardStatus.AWAITING_VERIFICATION, null, null, null)));
            tasks.add(task(MyTasks.Key.TO_CLOSE, new MyTasks.Filter(HazardStatus.VERIFIED, null, null, null)));
        }
        if (steers || caller.is(Roles.LEADER)) {
            tasks.add(task(MyTasks.Key.OVERDUE, new MyTasks.Filter(null, null, true, null)));
        } else if (villageOfficer) {
            tasks.add(task(MyTasks.Key.OVERDUE, new MyTasks.Filter(null, own, true, null)));
        }
        if (admin) {
            tasks.add(task(MyTasks.Key.AWAITS_DISTRICT_REPORT, new MyTasks.Filter(null, null, null, true)));
        }

        boolean ownLedger = (officeHead || villageOfficer) && own != null && caller.unitKind() != null
                && config.ledger().requiredKinds().contains(caller.unitKind().name());
        return new MyTasks(tasks, ownLedger ? ownLedger(own) : null,
                admin ? (int) ledgers.countAwaitingReview(caller.townId()) : null,
                caller.isTownWide() ? missingLastDueMonth() : null);
    }

    private MyTasks.HazardTask task(MyTasks.Key key, MyTasks.Filter filter) {
        HazardFilter query = new HazardFilter();
        query.status = filter.status() == null ? null : filter.status().name();
        query.responsibleUnitId = filter.responsibleUnitId();
        query.overdue = filter.overdue();
        query.awaitsDistrictReport = filter.awaitsDistrictReport();
        return new MyTasks.HazardTask(key, hazards.count(query), filter);
    }

    /** A returned ledger first; else last month's while owed and not yet submitted; else this month's. */
    private MyTasks.OwnLedgerTask ownLedger(long unitId) {
        YearMonth thisMonth = clock.thisMonth();
        LedgerDtos.Ledger ledger = ledgers.latestReturnedPeriod(unitId)
                .map(period -> ledgers.view(unitId, period))
                .orElseGet(() -> {
                    LedgerDtos.Ledger last = ledgers.view(unitId, thisMonth.minusMonths(1).toString());
                    return last.state() == LedgerState.DRAFT && last.required() ? last : ledgers.view(unitId, thisMonth.toString());
                });
        return new MyTasks.OwnLedgerTask(ledger.unitId(), ledger.unitName(), ledger.period(), ledger.state(), ledger.dueOn(),
                ledger.overdue(), ledger.state() == LedgerState.RETURNED ? ledger.returnedReason() : null);
    }

    /** Units missing the ledger of the latest month whose due day has passed, as the ledger board counts them. */
    private int missingLastDueMonth() {
        int dueDay = config.ledger().dueDay();
        YearMonth month = clock.thisMonth().minusMonths(1);
        if (!clock.today().isAfter(new LedgerPeriod(month).dueOn(dueDay))) {
            month = month.minusMonths(1);
        }
        return ledgers.board(month.toString(), month.toString()).months().get(0).missing();
    }
}
