package org.ipflow.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long the tasks of each step took, from the engine's history of task instances completed in a
 * window. An aggregate query on the engine's own table instead of HistoryService: the query API would
 * hand over every task instance of the year to be added up here, the database adds them up on its
 * index of end times ({@code ACT_IDX_HI_TASK_INST_END}). Read only; cancelled tasks (another expert's
 * score ended the step, the process was withdrawn) are not work done and do not count.
 */
@Component
class StepDurations {

    /** One step of one process: completed tasks, and their average and longest time from creation to completion. */
    record Step(String processKey, String taskKey, String name, long completed, double averageMillis,
            long worstMillis) {
    }

    private final JdbcClient jdbc;

    StepDurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Step> completedIn(YearWindow years) {
        return jdbc.sql("select PROC_DEF_KEY_ as process_key, TASK_DEF_KEY_ as task_key, max(NAME_) as name, "
                        + "count(*) as completed, avg(cast(DURATION_ as double precision)) as average, "
                        + "max(DURATION_) as worst from ACT_HI_TASKINST "
                        + "where END_TIME_ >= ? and END_TIME_ < ? and DURATION_ is not null and DELETE_REASON_ = 'completed' "
                        + "group by PROC_DEF_KEY_, TASK_DEF_KEY_ order by PROC_DEF_KEY_, TASK_DEF_KEY_")
                .params(years.start(), years.end())
                .query((rs, i) -> new Step(rs.getString("process_key"), rs.getString("task_key"), rs.getString("name"),
                        rs.getLong("completed"), rs.getDouble("average"), rs.getLong("worst")))
                .list();
    }
}
