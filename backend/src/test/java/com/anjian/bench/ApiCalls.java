package com.anjian.bench;

import com.anjian.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

/**
 * API calls as a demo user with a real token, through a plain client: the API tests' contract
 * validator would be measured too. The response is read whole, as a browser would.
 */
final class ApiCalls {

    private ApiCalls() {
    }

    static String get(String user, String path, Map<String, ?> query) {
        return RestAssured.given().auth().oauth2(Tokens.of(user)).queryParams(query).get(path).then().statusCode(200).extract().asString();
    }

    /** A list page's ids and total. */
    static Baselines.Page page(String user, String path, Map<String, ?> query) {
        JsonPath json = JsonPath.from(get(user, path, query));
        List<Long> ids = json.getList("items.id", Long.class);
        return new Baselines.Page(ids, json.getLong("total"));
    }
}
