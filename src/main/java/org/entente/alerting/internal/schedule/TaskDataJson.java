package org.entente.alerting.internal.schedule;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A task instance's data as JSON in {@code scheduled_tasks.task_data}, rather than db-scheduler's default Java
 * serialization: the row can be read (and repaired) with SQL, a data record may gain a field between two versions of the
 * application while executions wait in the table, data types need not be {@code Serializable}, and nothing written to
 * the table can make the application instantiate classes it did not ask for (Java deserialization of what a database
 * holds would). Jackson 3, the application's JSON library, writes records and {@code java.time} values as they are;
 * db-scheduler's own {@code JacksonSerializer} needs Jackson 2, which Spring Boot 4 does not bring.
 *
 * <p>A task without data ({@code Void}) has none in the row. db-scheduler's {@code RecurringTaskWithPersistentSchedule},
 * whose data is a polymorphic {@code Schedule}, is not supported: use a {@code RecurringTask} with its schedule in code
 * or configuration.
 */
final class TaskDataJson implements Serializer {

    /** The mapper's own configuration, never the application's: data in the table outlives a change of that. */
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        return bytes == null || bytes.length == 0 ? null : json.readValue(bytes, type);
    }
}
