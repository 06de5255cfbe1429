package com.anjian.ledger;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.AnjianConfig;
import com.anjian.common.security.CurrentUser;
import com.anjian.excel.SafeXlsx;
import com.anjian.hazard.HazardService;
import com.anjian.hazard.PaperRow;
import com.anjian.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.nio.file.Path;
import java.util.List;

/** Imports a filled ledger sheet: every row checked first, then all rows in one transaction or none. */
@ApplicationScoped
public class LedgerImportService {

    @Inject
    BusinessClock clock;

    @Inject
    LedgerService ledgers;

    @Inject
    HazardService hazards;

    @Inject
    CurrentUser currentUser;

    @Inject
    AnjianConfig config;

    @Transactional
    public LedgerDtos.ImportResult importFile(long unitId, String periodText, Path file, String filename) {
        Unit unit = ledgers.writableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        ledgers.requireEditable(unit, period);
        List<PaperRow> rows;
        XSSFWorkbook workbook = SafeXlsx.open(file, config.excel().maxUploadBytes(), config.excel().maxUncompressedBytes());
        try {
            rows = new LedgerWorkbookReader(unit.name, period, ledgers.today(), config.excel().maxRows()).read(workbook);
        } finally {
            workbook.getPackage().revert();
        }
        String name = filename == null || filename.isBlank() ? "台账.xlsx" : Path.of(filename.replace('\\', '/')).getFileName().toString();
        HazardService.PaperImport result = hazards.importPaperRows(unit, rows, name);
        LedgerImport record = new LedgerImport();
        record.townId = unit.town.id;
        record.unitId = unit.id;
        record.period = period.toString();
        record.fileSha256 = com.anjian.common.Hashes.sha256(file);
        record.filename = name.length() > 200 ? name.substring(0, 200) : name;
        record.importedBy = currentUser.scoped().username();
        record.importedAt = clock.now();
        record.rowsTotal = rows.size();
        record.rowsCreated = result.created();
        record.persist();
        return new LedgerDtos.ImportResult(rows.size(), result.created(), result.alreadyImported());
    }
}
