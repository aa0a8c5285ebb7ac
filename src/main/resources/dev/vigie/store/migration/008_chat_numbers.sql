-- Chat numbers are never reused (issue 17): the audit log names chats by number, so a number given again after a
-- removal would make its entries ambiguous. The highest number ever given is kept here, seeded from the chats
-- still stored and from every number the audit log has named.
CREATE TABLE chat_numbers (
    last INTEGER NOT NULL
);

INSERT INTO chat_numbers (last) SELECT MAX(
    COALESCE((SELECT MAX(id) FROM chat_exports), 0),
    COALESCE((SELECT MAX(CAST(json_extract(details_json, '$.chat') AS INTEGER)) FROM audit_log
              WHERE action IN ('chat.import', 'chat.remove')), 0));
