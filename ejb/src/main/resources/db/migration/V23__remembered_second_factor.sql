-- When a remembered browser last proved the account's second factor: a platform admin's or data protection officer's
-- browser asks for the authenticator's code again a day after. Browsers remembered before must prove it at their next
-- sign-in.
ALTER TABLE staff_remembered_sign_in ADD COLUMN second_factor_at DATETIME(6) NULL;
