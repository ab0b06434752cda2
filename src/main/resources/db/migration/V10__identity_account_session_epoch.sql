-- identity: a counter raised whenever the ISU deactivates an account, changes its role or resets
-- its second factor. A session remembers the value it was opened with; once it differs, the
-- session is over, even if the account was reactivated or re-enrolled meanwhile.
alter table identity_account add column session_epoch bigint not null default 0;
