-- Missions (issue 12): where a mission is kept. A mission recorded from a dataset ('dataset') is replaced by the next
-- import of its organization's document and exported with it; a mission created in Entente on a decision ('entente')
-- is kept by the commands alone: an import neither changes nor retires it, and the dataset document does not carry it.
alter table mission add column origin varchar(10) default 'entente' not null;

update mission set origin = 'dataset'
where exists (select 1 from mission_fact f
              where f.org_code = mission.org_code and f.mission_id = mission.mission_id and f.seq = 1 and f.recorded_by = 'dataset import');
