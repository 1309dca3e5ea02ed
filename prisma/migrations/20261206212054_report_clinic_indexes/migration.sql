-- CreateIndex
CREATE INDEX "patients_preferred_clinic_id_idx" ON "patients"("preferred_clinic_id");
