package uk.staffcareers.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V15 gives the qualifications already held a subject, once, from their titles; afterwards every row must say its subject. */
class QualificationSubjectMigrationTest {

    private final DriverManagerDataSource db = new DriverManagerDataSource(
            "jdbc:h2:mem:subjects-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(db);

    @Test
    void qualificationsHeldBeforeTheMigrationAreGivenTheirSubjects() {
        migrate("14");
        jdbc.sql("insert into trust (id, name) values ('t', 'Trust')").update();
        jdbc.sql("""
                insert into staff_member (id, username, first_name, last_name, email, trust_id, role, contract_type,
                  start_date, updated_at) values ('E1', 'a.b', 'A', 'B', 'a@b', 't', 'TEACHING_ASSISTANT', 'PERMANENT',
                  date '2021-09-01', timestamp '2021-09-01 00:00:00')""").update();
        for (String title : new String[] {"GCSE English Language", "Adult Certificate in Literacy at Level 2",
                "Functional Skills Maths Level 2", "Numeracy", "Certificate in Supporting Teaching and Learning"}) {
            jdbc.sql("insert into qualification (staff_id, title, type, level) values ('E1', ?, 'GENERAL', 2)").param(title).update();
        }
        migrate("15");

        assertThat(jdbc.sql("select subject from qualification order by id").query(String.class).list())
                .containsExactly("ENGLISH_LITERACY", "ENGLISH_LITERACY", "MATHS_NUMERACY", "MATHS_NUMERACY", "OTHER");
        assertThatThrownBy(() -> jdbc.sql("insert into qualification (staff_id, title, type, level) values ('E1', 'Key Skills', 'GENERAL', 2)")
                .update()).as("no default: whoever records a qualification says its subject").hasMessageContaining("SUBJECT");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load().migrate();
    }
}
