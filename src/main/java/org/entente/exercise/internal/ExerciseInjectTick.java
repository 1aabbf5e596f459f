package org.entente.exercise.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exercises' injects arrive through one recurring db-scheduler task ({@code exercise-injects}), run by one instance at a time
 * across a cluster, every {@code entente.exercises.inject-tick} (2 seconds): each run delivers what the exercises' clocks have made
 * due since ({@link ExerciseInjects#deliverDue}). An inject arrives at most one tick after its world instant is reached.
 */
@Configuration(proxyBeanMethods = false)
class ExerciseInjectTick {

    @Bean
    RecurringTask<Void> exerciseInjectTask(ExerciseInjects injects, @Value("${entente.exercises.inject-tick:PT2S}") Duration every) {
        return Tasks.recurring("exercise-injects", Schedules.fixedDelay(every)).execute((instance, context) -> injects.deliverDue());
    }
}
