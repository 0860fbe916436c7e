package uk.staffcareers.platform;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Camunda's expression manager, except that an expression cannot reach Java's reflection or start a
 * program: no getClass, no class loaders, nothing on a Class, Runtime or ProcessBuilder. The model
 * rules refuse such expressions at deployment already; this also covers the expressions that do not
 * come from a model, such as a task filter's stored query.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
        super(context, beans);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new NoReflection());
        resolver.add(super.createElResolver());
        return resolver;
    }

    /** Resolves nothing itself; refuses a property or method that leads to reflection before anyone else resolves it. */
    static final class NoReflection extends ELResolver {

        private static final Set<String> NAMES = Set.of("class", "getClass", "classLoader", "getClassLoader", "forName",
                "loadClass", "newInstance", "getRuntime", "exec");

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            refuseReflection(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            refuseReflection(base, method);
            return null;
        }

        private static void refuseReflection(Object base, Object name) {
            if (base == null) {
                return;
            }
            if (NAMES.contains(String.valueOf(name)) || base instanceof Class<?> || base instanceof ClassLoader
                    || base instanceof Runtime || base instanceof ProcessBuilder
                    || base.getClass().getName().startsWith("java.lang.reflect.")) {
                throw new ELException("An expression may not use '" + name + "' of a " + base.getClass().getSimpleName());
            }
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            refuseReflection(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            refuseReflection(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }
}
