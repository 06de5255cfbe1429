package com.anjian.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A record of each accepted Excel upload: which file (by hash), by whom, what it created. */
@Entity
@Table(name = "ledger_import")
public class LedgerImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_created")
    public int rowsCreated;
}
