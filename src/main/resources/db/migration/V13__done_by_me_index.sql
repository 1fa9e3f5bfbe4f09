-- "Done by me" pages by decision id, newest first (keyset on id): an index that serves exactly that order,
-- so that a reviewer with a million decisions gets the first page without sorting them.
create index ix_decision_actor_id on decision_record (actor, id desc);
