/// Words that put a comment about the practice's care or service in frame, for `ServiceContext`: a
/// grievance or a verdict phrased in everyday words ("ridiculous", "is brilliant") is only read as one
/// when one of these stands in the same comment. One phrase pattern a line (see `PhrasePattern`).
enum ServiceContextWords {
    static let phrases = """
    surgery|surgerys|surgeries|practice|practices|gp|gps|doctor|doctors|doc|docs|dr|drs|nurse|nurses|nursing
    receptionist|receptionists|reception|desk|triage|triaged|locum|locums|paramedic|pharmacist|hca|anp|physio|midwife|clinician|clinicians
    appointment|appointments|appt|appts|apt|slot|slots|callback|consultation|econsult|referral|referrals|referred
    prescription|prescriptions|script|scripts|meds|medication|medications|tablets|inhaler|insulin|pharmacy|chemist|dispensary
    results|bloods|xray|mri|ecg|smear|jab|jabs|vaccine|vaccination|injection|booster|diagnosis|diagnosed|symptoms
    nhs|patients|clinic|clinics|hospital|lri|ambulance|icb|cqc|ombudsman
    waiting room
    sick|fit note|notes
    online form|forms|system|booking|consultation
    phone|phones ~2 queue|engaged|lines
    repeat|repeats ~1 prescription|prescriptions|slip|meds|request
    practice manager
    face to face
    booking|phone|appointment|appointments|triage system|systems
    home visit|visits
    car park
    my|your|the|his|her|mums|dads repeat|repeats
    rang|phoned|ringing|rung|called|calling|redialling at|from 8|8am|0800
    """
}
