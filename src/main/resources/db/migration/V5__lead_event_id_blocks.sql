-- Timeline event ids are handed out in blocks of 50 per instance (Hibernate's pooled optimizer), so an intake no
-- longer inserts its event at once to learn the id: both inserts wait for the flush at commit.
ALTER SEQUENCE lead_events_id_seq INCREMENT BY 50;
