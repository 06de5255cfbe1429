package com.anjian.ledger;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A record of each accepted Excel upload: which file (its cleaned name and hash), by whom, when, what it created. */
@Entity
@Table(name = "ledger_import")
@Audited
public class LedgerImport extends BaseEntity {

    @Column(name = "town_id")
    public Long townId;

    @Column(name = "unit_id")
    public Long unitId;

    public String period;

    @Column(name = "file_sha256")
    public String fileSha256;

    public String filename;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "imported_by_name")
    public String importedByName;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_created")
    public int rowsCreated;
}
