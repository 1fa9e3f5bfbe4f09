-- Reminders before deadlines (a correction, a call's close, a certificate's expiry): one row per reminder, written
-- in the transaction that writes its messages. Its key is unique, so the reminder goes out once however many
-- nodes run the reminder job at once.
create table reminder_sent (
    reminder_key varchar(200) primary key,
    sent_at      timestamp    not null
);
