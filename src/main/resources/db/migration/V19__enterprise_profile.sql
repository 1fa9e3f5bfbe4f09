-- The enterprise's profile beyond what registration asks: its legal representative, address and the bank
-- account grants and subsidies are paid into. Empty until the enterprise fills them in; a programme that
-- pays money needs them complete before a first submission.
alter table enterprise add column legal_representative varchar(100);
alter table enterprise add column address              varchar(300);
alter table enterprise add column bank_name            varchar(200);
alter table enterprise add column bank_account_name    varchar(200);
alter table enterprise add column bank_account_number  varchar(40);
