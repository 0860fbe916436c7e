package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.ognl.AbstractMemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** The engine's mappings read a query's properties as OGNL reads them, with each class's reading method found once. */
class PropertyReadersFoundOnceTest {

    private final List<String> searches = new ArrayList<>();
    private final PropertyAccessor ours = new PropertyReadersFoundOnce((type, property) -> {
        searches.add(type.getSimpleName() + "." + property);
        return PropertyReadersFoundOnce.asOgnlFindsIt(type, property);
    });
    private final PropertyAccessor ognls = new ObjectPropertyAccessor();

    @Test
    void theTaskQuerysPropertiesWithoutGettersAreReadAsOgnlReadsThem() throws Exception {
        TaskQueryImpl query = new TaskQueryImpl();
        query.withoutTenantId();
        for (String property : List.of("isOrQueryActive", "isWithoutTenantId", "assignee", "queries")) {
            assertThat(read(ours, query, property)).as(property).isEqualTo(read(ognls, query, property));
        }
        assertThat(read(ours, query, "isWithoutTenantId")).isEqualTo(true);
    }

    @Test
    void eachClassesReaderIsSearchedForOnce() throws Exception {
        TaskQueryImpl query = new TaskQueryImpl();
        for (int i = 0; i < 3; i++) {
            read(ours, query, "isOrQueryActive");
            read(ours, new TaskQueryImpl(), "isOrQueryActive");
            read(ours, new Row(), "isOrQueryActive");
        }
        assertThat(searches).containsExactly("TaskQueryImpl.isOrQueryActive", "Row.isOrQueryActive");
    }

    @Test
    void aGetterAReadMethodAndAFieldAnswerAsInOgnl() throws Exception {
        Row row = new Row();
        for (String property : List.of("school", "isOrQueryActive", "tenant")) {
            assertThat(read(ours, row, property)).as(property).isEqualTo(read(ognls, row, property));
        }
        assertThat(read(ours, row, "tenant")).isEqualTo("riverside");
    }

    @Test
    void aMissingPropertyAndAFailingGetterAreRefusedAsInOgnl() {
        for (String property : List.of("nothing", "broken")) {
            Throwable refusal = catchThrowable(() -> read(ours, new Row(), property));
            Throwable ognlsRefusal = catchThrowable(() -> read(ognls, new Row(), property));
            assertThat(refusal).as(property).isNotNull().hasSameClassAs(ognlsRefusal).hasMessage(ognlsRefusal.getMessage());
            assertThat(String.valueOf(refusal.getCause())).as(property).isEqualTo(String.valueOf(ognlsRefusal.getCause()));
        }
    }

    @Test
    void installedForEveryClassWithoutAnAccessorOfItsOwn() throws Exception {
        PropertyAccessor before = OgnlRuntime.getPropertyAccessor(Object.class);
        try {
            PropertyReadersFoundOnce.install();
            assertThat(OgnlRuntime.getPropertyAccessor(Object.class)).isInstanceOf(PropertyReadersFoundOnce.class);
            assertThat(OgnlRuntime.getPropertyAccessor(java.util.Map.class)).isNotInstanceOf(PropertyReadersFoundOnce.class);
        } finally {
            OgnlRuntime.setPropertyAccessor(Object.class, before);
        }
    }

    private static Object read(PropertyAccessor accessor, Object target, String property) throws Exception {
        OgnlContext context = Ognl.createDefaultContext(target, new EverythingReadable());
        return accessor.getProperty(context, target, property);
    }

    /** As MyBatis lets its mappings read: private members too. */
    private static final class EverythingReadable extends AbstractMemberAccess {
        @Override
        public Object setup(OgnlContext context, Object target, Member member, String propertyName) {
            ((AccessibleObject) member).setAccessible(true);
            return null;
        }

        @Override
        public boolean isAccessible(OgnlContext context, Object target, Member member, String propertyName) {
            return true;
        }
    }

    public static final class Row {
        @SuppressWarnings("unused")
        private final String tenant = "riverside";

        public String getSchool() {
            return "Riverside Primary";
        }

        public boolean isOrQueryActive() {
            return true;
        }

        public String getBroken() {
            throw new IllegalStateException("no school");
        }
    }
}
