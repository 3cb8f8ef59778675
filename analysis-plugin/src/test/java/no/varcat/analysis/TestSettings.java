package no.varcat.analysis;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Builds settings objects the way the server does: a proxy that looks each method's annotation
 * path up in the given values and falls back to the annotation's default. This way the tests also
 * cover the paths and defaults declared on the settings interfaces.
 */
final class TestSettings {

    private TestSettings() {
    }

    static <T> T of(Class<T> settingsType, Map<String, ?> values) {
        if (!settingsType.isAnnotationPresent(AnalysisSettings.class)) {
            throw new IllegalArgumentException(settingsType + " is not annotated with @AnalysisSettings");
        }
        Object proxy = Proxy.newProxyInstance(settingsType.getClassLoader(), new Class<?>[] {settingsType},
                (self, method, args) -> value(method, values));
        return settingsType.cast(proxy);
    }

    static <T> T defaults(Class<T> settingsType) {
        return of(settingsType, Map.of());
    }

    private static Object value(Method method, Map<String, ?> values) {
        IntSetting intSetting = method.getAnnotation(IntSetting.class);
        if (intSetting != null) {
            return valueOrDefault(values, intSetting.path(), intSetting.defaultValue());
        }
        BooleanSetting booleanSetting = method.getAnnotation(BooleanSetting.class);
        if (booleanSetting != null) {
            return valueOrDefault(values, booleanSetting.path(), booleanSetting.defaultValue());
        }
        StringSetting stringSetting = method.getAnnotation(StringSetting.class);
        if (stringSetting != null) {
            return valueOrDefault(values, stringSetting.path(), stringSetting.defaultValue());
        }
        ListSetting listSetting = method.getAnnotation(ListSetting.class);
        if (listSetting != null) {
            // The server has no default for lists: an absent setting is an empty list.
            return valueOrDefault(values, listSetting.path(), List.of());
        }
        throw new IllegalStateException("No setting annotation on " + method);
    }

    private static Object valueOrDefault(Map<String, ?> values, String path, Object defaultValue) {
        return values.containsKey(path) ? values.get(path) : defaultValue;
    }
}
