package com.anjian.ledger;

import com.anjian.common.AnjianConfig;
import com.anjian.common.Hashes;
import com.anjian.common.error.ProblemException;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.time.BusinessClock;
import com.anjian.excel.SafeXlsx;
import com.anjian.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Imports a filled ledger sheet: every row is checked first (outside any transaction), then all rows
 * go in at once or none, in a transaction that holds the ledger's row lock, so a submission of the
 * same ledger either comes after the import (and freezes its hazards) or before it (and the import is
 * refused, 409).
 */
@ApplicationScoped
public class LedgerImportService {

    private static final Logger LOG = Logger.getLogger(LedgerImportService.class);

    /** The ledger_import.filename column. */
    static final int MAX_FILENAME = 200;
    static final String DEFAULT_FILENAME = "台账.xlsx";

    @Inject
    BusinessClock clock;

    @Inject
    LedgerService ledgers;

    @Inject
    PaperLedgerImporter importer;

    @Inject
    CurrentUser currentUser;

    @Inject
    AnjianConfig config;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LedgerDtos.ImportResult importFile(long unitId, String periodText, Path file, String filename) {
        Unit unit = ledgers.writableUnit(unitId);
        LedgerPeriod period = ledgers.openPeriod(unit, periodText);
        Caller caller = currentUser.scoped();
        // Refused early when already submitted (checked again under the lock, which is what counts).
        MonthlyLedger.find(unit.id, period.toString()).ifPresent(ledgers::requireImportable);
        String name = UploadNames.clean(filename, MAX_FILENAME, DEFAULT_FILENAME);
        List<PaperRow> rows;
        OPCPackage pkg = SafeXlsx.openPackage(file, config.excel().maxUploadBytes(), config.excel().maxUncompressedBytes());
        try {
            rows = new LedgerWorkbookReader(unit.name, period, clock.today(), config.hazard().maxFoundAgeDays(),
                    config.excel().maxRows()).read(pkg);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's own guards (inflate ratio, entry size) and malformed XML end here.
            LOG.debugf(e, "unreadable ledger sheet %s", filename);
            throw ProblemException.invalid("file", "excel.corrupt");
        } finally {
            pkg.revert();
        }
        String sha256 = Hashes.sha256(file);
        return ledgers.inLockedLedger(unit, period, ledger -> {
            ledgers.requireImportable(ledger);
            Instant now = clock.now();
            LedgerImport record = new LedgerImport();
            record.townId = ledger.townId;
            record.unitId = unit.id;
            record.period = period.toString();
            record.fileSha256 = sha256;
            record.filename = name;
            record.importedBy = caller.username();
            record.importedByName = caller.displayName();
            record.importedAt = now;
            record.rowsTotal = rows.size();
            record.persist(); // first: its id makes the import's placeholder numbers unique
            PaperLedgerImporter.Result result = importer.importRows(Unit.findById(unit.id), rows, name, caller, record.id);
            record.rowsCreated = result.created();
            ledgers.record(ledger, LedgerDtos.LedgerAction.IMPORT, now, caller, null, name, result.created());
            return new LedgerDtos.ImportResult(rows.size(), result.created(), result.alreadyImported());
        });
    }
}
