-- The sectors (行业领域) named by the seed bulletin and the usual township safety portfolio.
INSERT INTO sector (code, name_zh, name_en, sort_order) VALUES
 ('ROAD_TRAFFIC',        '道路交通',     'Road traffic',                 10),
 ('GEOLOGICAL_HAZARD',   '地质灾害防治', 'Geological hazards',           20),
 ('FIRE',                '消防安全',     'Fire safety',                  30),
 ('FLOOD',               '防汛',         'Flood control',                40),
 ('HAZARDOUS_CHEMICALS', '危险化学品',   'Hazardous chemicals',          50),
 ('FIREWORKS',           '烟花爆竹',     'Fireworks',                    60),
 ('CONSTRUCTION',        '建筑施工',     'Construction',                 70),
 ('INDUSTRY_TRADE',      '工贸企业',     'Industry and trade',           80),
 ('GAS',                 '燃气',         'Gas supply',                   90),
 ('SPECIAL_EQUIPMENT',   '特种设备',     'Special equipment',           100),
 ('FOREST_FIRE',         '森林防火',     'Forest fire prevention',      110),
 ('AGRICULTURE',         '农业农村',     'Agriculture and rural',       120),
 ('WATERS',              '水上交通及水利', 'Waterways and water works',  130),
 ('PUBLIC_HOUSING',      '房屋安全',     'Building safety',             140),
 ('PUBLIC_GATHERINGS',   '人员密集场所', 'Crowded places',              150),
 ('LOW_TEMP_SNOW',       '低温雨雪冰冻', 'Low temperature, rain and snow', 160);
