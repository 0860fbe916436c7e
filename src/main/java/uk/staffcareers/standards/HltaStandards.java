package uk.staffcareers.standards;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 33 HLTA standards, shipped as reference data by migration V3. */
@Repository
public class HltaStandards {

    public static final int COUNT = 33;

    private final JdbcClient jdbc;

    HltaStandards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HltaStandard> all() {
        return jdbc.sql("select standard_number, standard_group, heading, standard_text from hlta_standard order by standard_number")
                .query((rs, n) -> new HltaStandard(rs.getInt("standard_number"),
                        StandardGroup.valueOf(rs.getString("standard_group")), rs.getString("heading"),
                        rs.getString("standard_text")))
                .list();
    }
}
