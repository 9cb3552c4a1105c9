-- Timeline entries take their ids from the sequence in blocks (Hibernate's pooled-lo), so that a lead and its first
-- entry are written together at the commit, in batches, rather than the entry alone as soon as it is persisted.
-- An insert that leaves the id to the column's default still gets a value no block holds.
ALTER SEQUENCE lead_events_id_seq INCREMENT BY 20;
