package com.anjian.bench;

import com.anjian.demo.DemoTown;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Towns, and per town its units with their sectors and people: a few offices that supervise two or
 * three sectors each, villages (12-digit codes under the town's), enterprises. The demo town keeps
 * its own units (its demo users' village and office get their share) and gets generated ones up to
 * the scale's count. Generated towns take free 9-digit codes from 880000001 on.
 */
final class TownsGenerator implements Generator {

    static final List<String> SECTORS = List.of("ROAD_TRAFFIC", "GEOLOGICAL_HAZARD", "FIRE", "FLOOD", "HAZARDOUS_CHEMICALS",
            "FIREWORKS", "CONSTRUCTION", "INDUSTRY_TRADE", "GAS", "SPECIAL_EQUIPMENT", "FOREST_FIRE", "AGRICULTURE", "WATERS",
            "PUBLIC_HOUSING", "PUBLIC_GATHERINGS", "LOW_TEMP_SNOW");
    private static final String[] OFFICES = {"应急管理办公室", "规划建设办公室", "农业服务中心", "社会事务办公室", "经济发展办公室", "综合执法队"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰"};
    private static final String[] POSITIONS = {"负责人", "安全员", "网格员"};

    @Override
    public String name() {
        return "towns, units, sectors, people";
    }

    @Override
    public long generate(SeedContext seed) throws SQLException {
        long rows = 0;
        if (seed.scale.demoTown()) {
            rows += demoTown(seed);
        }
        Set<String> taken = new HashSet<>();
        try (PreparedStatement statement = seed.connection.prepareStatement("SELECT code FROM town WHERE code LIKE '88%'");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                taken.add(rs.getString(1));
            }
        }
        int next = 880_000_001;
        try (BulkInsert towns = new BulkInsert(seed.connection, "town", "id", "code", "name", "district_name")) {
            for (int t = 0; t < seed.scale.generatedTowns(); t++) {
                while (taken.contains(Integer.toString(next))) {
                    next++;
                }
                String code = Integer.toString(next++);
                SeedContext.TownSeed town = new SeedContext.TownSeed(seed.nextId("town"), code, "基准" + code.substring(5) + "镇", false);
                towns.add(town.id, town.code, town.name, "基准区");
                seed.towns.add(town);
            }
            rows += towns.written();
        }
        try (BulkInsert units = new BulkInsert(seed.connection, "unit", "id", "town_id", "kind", "code", "name", "enforcement_powers",
                "active", "version", "created_at", "updated_at", "ledgers_due_from");
             BulkInsert sectors = new BulkInsert(seed.connection, "unit_sector", "unit_id", "sector_code");
             BulkInsert people = new BulkInsert(seed.connection, "person", "id", "unit_id", "name", "position", "phone", "login",
                     "active", "version", "created_at", "updated_at")) {
            LocalDateTime created = seed.firstDay().atTime(9, 0);
            for (SeedContext.TownSeed town : seed.towns) {
                int offices = town.offices().size();
                int villages = 0;
                for (int u = town.units.size(); u < seed.scale.unitsPerTown(); u++) {
                    String kind;
                    String code = null;
                    String name;
                    List<String> supervised = List.of();
                    if (offices < Math.min(6, Math.max(1, seed.scale.unitsPerTown() / 5))) {
                        kind = "OFFICE";
                        name = "基准" + OFFICES[offices % OFFICES.length] + (town.demo ? u : "");
                        supervised = new ArrayList<>(Set.of(SECTORS.get(offices * 3 % SECTORS.size()),
                                SECTORS.get((offices * 3 + 1) % SECTORS.size()), SECTORS.get((offices * 3 + 2) % SECTORS.size())));
                        supervised.sort(null);
                        offices++;
                    } else if (u % 3 != 2) {
                        kind = "VILLAGE";
                        villages++;
                        name = "基准" + (town.demo ? "" : town.code.substring(5)) + "村" + u;
                        code = town.demo ? null : town.code + String.format("%03d", 200 + villages);
                    } else {
                        kind = "ENTERPRISE";
                        name = "基准企业" + u + (town.demo ? "" : "（" + town.code.substring(5) + "）");
                    }
                    SeedContext.UnitSeed unit = new SeedContext.UnitSeed(seed.nextId("unit"), name, kind, supervised);
                    units.add(unit.id(), town.id, kind, code, name, kind.equals("OFFICE"), true, 0, created, created,
                            seed.firstMonth().toString());
                    for (String sector : supervised) {
                        sectors.add(unit.id(), sector);
                    }
                    for (int p = 0; p < seed.scale.peoplePerUnit(); p++) {
                        String person = SURNAMES[seed.random.nextInt(SURNAMES.length)] + GIVEN[seed.random.nextInt(GIVEN.length)]
                                + (seed.random.nextBoolean() ? GIVEN[seed.random.nextInt(GIVEN.length)] : "");
                        people.add(seed.nextId("person"), unit.id(), person, POSITIONS[p % POSITIONS.length],
                                String.format("139%08d", seed.random.nextInt(100_000_000)), null, true, 0, created, created);
                    }
                    town.units.add(unit);
                    town.createdUnits.add(unit);
                }
            }
            units.flush();
            sectors.flush();
            people.flush();
            rows += units.written() + sectors.written() + people.written();
        }
        return rows;
    }

    /** The demo town with the units it already has (and their sectors). */
    private static long demoTown(SeedContext seed) throws SQLException {
        long id;
        try (PreparedStatement statement = seed.connection.prepareStatement("SELECT id, name FROM town WHERE code = ?")) {
            statement.setString(1, DemoTown.DONGXI.code());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the demo town " + DemoTown.DONGXI.code() + " is not loaded");
                }
                id = rs.getLong(1);
            }
        }
        SeedContext.TownSeed town = new SeedContext.TownSeed(id, DemoTown.DONGXI.code(), DemoTown.DONGXI.name(), true);
        try (PreparedStatement statement = seed.connection.prepareStatement("SELECT u.id, u.name, u.kind,"
                + " (SELECT GROUP_CONCAT(s.sector_code ORDER BY s.sector_code) FROM unit_sector s WHERE s.unit_id = u.id)"
                + " FROM unit u WHERE u.town_id = ? AND u.active = TRUE ORDER BY u.id")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String sectors = rs.getString(4);
                    town.units.add(new SeedContext.UnitSeed(rs.getLong(1), rs.getString(2), rs.getString(3),
                            sectors == null ? List.of() : List.of(sectors.split(","))));
                }
            }
        }
        seed.towns.add(town);
        return 0;
    }
}
