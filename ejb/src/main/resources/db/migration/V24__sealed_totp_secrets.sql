-- TOTP secrets are kept sealed with AES-GCM under a key outside the database (identity/control/TotpKeys): the sealed
-- form is longer. Secrets kept in clear before are sealed at the next start (TotpSecrets).
ALTER TABLE staff_account MODIFY COLUMN totp_secret VARCHAR(200) NULL;
