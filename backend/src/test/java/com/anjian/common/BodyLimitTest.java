package com.anjian.common;

import com.anjian.support.RawHttp;
import com.anjian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6 A6: a body over the limit is answered with a 413 problem in the caller's language, not an empty 413. */
@QuarkusTest
class BodyLimitTest {

    private static final long OVER_THE_LIMIT = 31L * 1024 * 1024;

    @Test
    void aBodyOverTheLimitIsA413ProblemInTheCallersLanguage() {
        RawHttp.Answer chinese = RawHttp.declaringLength("POST", "/api/v1/units", Tokens.of("admin"), null, OVER_THE_LIMIT);
        assertEquals(413, chinese.status());
        assertTrue(chinese.header("Content-Type").startsWith("application/problem+json"), chinese.headers().toString());
        JsonPath problem = new JsonPath(chinese.body());
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        assertEquals("内容过大", problem.getString("title"));
        assertEquals("请求内容超过 30 MB 的上限。", problem.getString("detail"));
        assertEquals("/api/v1/units", problem.getString("instance"));

        RawHttp.Answer english = RawHttp.declaringLength("POST", "/api/v1/attachments", Tokens.of("officer"), "en-GB,en;q=0.8",
                OVER_THE_LIMIT);
        assertEquals(413, english.status());
        assertEquals("en", english.header("Content-Language"));
        assertEquals("The request is larger than the 30 MB limit.", new JsonPath(english.body()).getString("detail"));
    }

    @Test
    void theLimitIsRefusedBeforeAuthentication() {
        RawHttp.Answer anonymous = RawHttp.declaringLength("PUT", "/api/v1/people/1", null, "zh-CN", OVER_THE_LIMIT);
        assertEquals(413, anonymous.status());
        assertTrue(anonymous.header("Content-Type").startsWith("application/problem+json"));
    }
}
