package com.anjian.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The product's own settings (application.properties, prefix "anjian"). */
@ConfigMapping(prefix = "anjian")
public interface AnjianConfig {

    DemoData demoData();

    interface DemoData {
        /** Load the demo town, its units and people at start-up when they are missing. */
        @WithDefault("false")
        boolean enabled();
    }
}
