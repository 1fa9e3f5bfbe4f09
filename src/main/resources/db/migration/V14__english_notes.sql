-- What IPFlow and its models write for people without a person writing it (a deadline, a recommended
-- amount, a model's timeline note) is kept in both languages, so that an English reader reads English:
-- comment stays the Chinese text, comment_en its English (null where nobody gave one, e.g. a reviewer's
-- own words, which are shown as written).
alter table decision_record add column comment_en text;
-- A model's notification carries its text in both languages among its arguments.
alter table notification alter column args set data type varchar(4000);
