package com.anjian.common.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods each resource path supports, read once from the JAX-RS resource classes, so a
 * 405 can carry the Allow header that RFC 9110 requires (Quarkus REST leaves it out).
 */
public final class AllowedMethods {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
    private static volatile Map<Pattern, Set<String>> routes;

    private AllowedMethods() {
    }

    /** The methods of the resource at {@code path}, sorted; empty when no resource matches. */
    public static Set<String> forPath(String path) {
        Set<String> methods = new TreeSet<>();
        routes().forEach((pattern, supported) -> {
            if (pattern.matcher(path).matches()) {
                methods.addAll(supported);
            }
        });
        return methods;
    }

    private static Map<Pattern, Set<String>> routes() {
        Map<Pattern, Set<String>> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private static Map<Pattern, Set<String>> scan() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = join(root.value(), sub == null ? "" : sub.value());
                byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(http);
            }
        }
        Map<Pattern, Set<String>> compiled = new LinkedHashMap<>();
        byTemplate.forEach((template, methods) -> compiled.put(regex(template), Set.copyOf(methods)));
        return compiled;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + root + "/" + sub;
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        List<String> parts = new ArrayList<>();
        while (variable.find()) {
            parts.add(Pattern.quote(template.substring(last, variable.start())));
            parts.add(variable.group(1) == null ? "[^/]+" : "(?:" + variable.group(1).trim() + ")");
            last = variable.end();
        }
        parts.add(Pattern.quote(template.substring(last)));
        parts.forEach(regex::append);
        return Pattern.compile(regex + "/?");
    }
}
