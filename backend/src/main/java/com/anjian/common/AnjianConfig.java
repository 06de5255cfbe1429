package com.anjian.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.List;

/** The product's own settings (application.properties, prefix "anjian"). Thresholds live here, not in code. */
@ConfigMapping(prefix = "anjian")
public interface AnjianConfig {

    DemoData demoData();

    /** The time zone in which dates (found on, deadlines, due days) are reckoned. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Ledger ledger();

    Hazard hazard();

    Storage storage();

    Excel excel();

    Identity identity();

    interface DemoData {
        /** Load the demo town, its units and people at start-up when they are missing. */
        @WithDefault("false")
        boolean enabled();

        /**
         * With the demo town, also a year of its history (hazards, ledgers, close-outs, escalations),
         * made through the services and dated relative to the day it is loaded (DemoHistory).
         */
        @WithDefault("true")
        boolean history();
    }

    interface Ledger {
        /** Day of the following month by which a monthly ledger is due (inclusive). */
        @WithDefault("5")
        int dueDay();

        /** Unit kinds that must return a monthly ledger. */
        @WithDefault("OFFICE,STATION,INSTITUTE,CENTRE,VILLAGE,COMMUNITY")
        List<String> requiredKinds();
    }

    interface Hazard {
        /** Days overdue at which an overdue hazard is escalated again (level 1, 2, 3…). */
        @WithDefault("1,7,30")
        List<Integer> escalationDays();

        /** How many days after it was found a hazard may still be reported or imported (DateRules). */
        @WithDefault("366")
        int maxFoundAgeDays();

        /** When the overdue check runs ("off" to disable; tests call it directly). */
        @WithDefault("0 30 7 * * ?")
        String overdueCron();
    }

    interface Storage {
        /** Folder where attachments are kept (LocalFileStore). */
        @WithDefault("anjian-files")
        String dir();

        @WithDefault("15728640")
        long maxPhotoBytes();

        @WithDefault("20971520")
        long maxDocumentBytes();

        /** Images larger than this many pixels are refused (decompression bombs). */
        @WithDefault("60000000")
        long maxImagePixels();

        @WithDefault("320")
        int thumbnailSize();

        /** An upload that no hazard step used within this time is removed (it is part of no record). */
        @WithDefault("P1D")
        java.time.Duration unboundExpiry();

        /** When the clean-up of expired unbound uploads runs ("off" to disable; tests call it directly). */
        @WithDefault("0 15 3 * * ?")
        String unboundCleanupCron();
    }

    interface Identity {
        /** How long a call to Keycloak (discovery, key set) may take before the token is refused. */
        @WithDefault("5S")
        java.time.Duration requestTimeout();
    }

    interface Excel {
        /** 20 MB: a 10,000-row ledger with long descriptions is a few MB; under the 30 MB request limit. */
        @WithDefault("20971520")
        long maxUploadBytes();

        /**
         * Uncompressed size allowed for an uploaded workbook (zip bombs): 10,000 rows with every text
         * cell at its longest come to about 100 MB of sheet and string XML, which is streamed, never held.
         */
        @WithDefault("157286400")
        long maxUncompressedBytes();

        /** Rows one import takes; the sheet is streamed, so memory does not grow with it. */
        @WithDefault("10000")
        int maxRows();
    }

    Enforcement enforcement();

    interface Enforcement {
        /** 月月清零: the enforcement monitors flag each ended month an office with powers decided fewer penalties in. */
        MonthlyPenalty monthlyPenalty();

        interface MonthlyPenalty {
            @WithDefault("true")
            boolean enabled();

            /** Penalty decisions an office with enforcement powers should make each month. */
            @WithDefault("1")
            int minimum();
        }
    }
}
