-- identity: the language a person reads ACE in (set by her invitation, then at each sign-in), so
-- that e-mail reaches her in it. Empty for accounts that never said: English.
alter table identity_account add column language varchar(16);
