package uk.staffcareers.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * How the engine's SQL mappings read a property of a query (MyBatis, through OGNL), with the method that reads it found
 * once per class. OGNL keeps a property's getter once found, but not a method it finds otherwise: Camunda's mappings
 * read {@code isOrQueryActive} and {@code isWithoutTenantId} on every task query, and for each OGNL listed and
 * lower-cased all of the task query's methods again; that was 14 % of the processor time of Tasklist's "My tasks"
 * request (README "Benchmark"). Which method or field answers, and the check that it may be read, are OGNL's own.
 * Installed for every class that has no accessor of its own, as OGNL's accessor it replaces was.
 */
final class PropertyReadersFoundOnce extends ObjectPropertyAccessor {

    private final ClassValue<Map<String, Optional<Method>>> readers = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private final BiFunction<Class<?>, String, Method> find;

    PropertyReadersFoundOnce(BiFunction<Class<?>, String, Method> find) {
        this.find = find;
    }

    static void install() {
        OgnlRuntime.setPropertyAccessor(Object.class, new PropertyReadersFoundOnce(PropertyReadersFoundOnce::asOgnlFindsIt));
    }

    /** OGNL's search: a getter, else any method that reads the property by its name. */
    static Method asOgnlFindsIt(Class<?> type, String property) {
        Method getter = OgnlRuntime.getGetMethod(type, property);
        return getter != null ? getter : OgnlRuntime.getReadMethod(type, property, null);
    }

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
        Method reader = readers.get(target.getClass()).computeIfAbsent(name, n -> Optional.ofNullable(find.apply(target.getClass(), n)))
                .orElse(null);
        try {
            if (reader != null && context.getMemberAccess().isAccessible(context, target, reader, name)) {
                return OgnlRuntime.invokeMethod(target, reader, OgnlRuntime.NoArguments);
            }
            return OgnlRuntime.getFieldValue(context, target, name, true);
        } catch (InvocationTargetException e) {
            throw new OgnlException(name, e.getTargetException());
        } catch (ReflectiveOperationException e) {
            throw new OgnlException(name, e);
        }
    }
}
