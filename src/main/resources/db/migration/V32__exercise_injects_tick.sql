-- The exercises' injects arrive on each instance's own tick (ExerciseInjectTick), no longer through the db-scheduler task
-- exercise-injects: its execution is removed, so that no instance reports a task it does not know.
delete from scheduled_tasks where task_name = 'exercise-injects';
