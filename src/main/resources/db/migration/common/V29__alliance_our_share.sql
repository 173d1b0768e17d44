-- our own equity share in an equity alliance (the partners' shares and ours make 100 % at the design gate)
alter table alliance add column our_equity_share numeric(7, 4);
