package com.anjian.attachment;

import com.anjian.support.Api;
import com.anjian.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Issue 6 A5: WebP and HEIC uploads are held to the pixel limit like every other photo. */
@QuarkusTest
class ImageSizeTest {

    private static final String PROBLEM = "application/problem+json";

    private static Response upload(String name, byte[] bytes) {
        return Api.as("officer").contentType(ContentType.MULTIPART).multiPart("file", name, bytes, "application/octet-stream")
                .post("/api/v1/attachments");
    }

    @Test
    void aRealWebpIsStoredWithTheSizeItDeclares() {
        upload("现场.webp", Images.webp(3, 2)).then().statusCode(201)
                .body("contentType", equalTo("image/webp")).body("photo", equalTo(true))
                .body("width", equalTo(3)).body("height", equalTo(2))
                .body("thumbnailUrl", nullValue());
    }

    @Test
    void aWebpDeclaringMorePixelsThanAllowedIsRefused() {
        upload("炸弹.webp", Images.lyingWebp()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("图片像素过多（上限约 60 百万像素），请压缩后再上传"));
        upload("大.webp", Images.webp(16384, 16384)).then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aHeicIsHeldToTheLimitByItsLargestDeclaredImage() {
        upload("IMG_0001.HEIC", Images.heic(new int[]{512, 512}, new int[]{4032, 3024})).then().statusCode(201)
                .body("contentType", equalTo("image/heic")).body("width", equalTo(4032)).body("height", equalTo(3024));
        upload("IMG_0002.HEIC", Images.heic(new int[]{512, 512}, new int[]{65535, 65535})).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("图片像素过多（上限约 60 百万像素），请压缩后再上传"));
    }

    @Test
    void aPhotoWhoseSizeCannotBeReadIsRefused() {
        upload("序列.heic", Images.heicWithoutMeta()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].message", equalTo("图片已损坏或无法识别"));
        byte[] cut = java.util.Arrays.copyOf(Images.webp(3, 2), 24);
        upload("半个.webp", cut).then().statusCode(400).body("errors[0].message", equalTo("图片已损坏或无法识别"));
    }
}
