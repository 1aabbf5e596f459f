-- An exercise's world clock (issue 17): each setting starts a segment, from a real instant, at a world instant and a speed
-- (world seconds per real second; 0 while paused). Rows are only ever added, so that the world instant of any real instant
-- of the exercise stays known (the after-action report compares the exercise's steps with history in world time).
-- No row: the exercise runs on the real clock.
create table exercise_clock_segment (
    exercise   varchar not null,
    real_from  timestamp(6) with time zone not null,
    world_from timestamp(6) with time zone not null,
    speed      double precision not null,
    set_by     varchar not null,
    primary key (exercise, real_from)
);
