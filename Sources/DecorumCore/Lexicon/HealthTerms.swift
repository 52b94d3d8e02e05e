/// Named health information: conditions, medicines, tests and procedures, and mental-health terms,
/// one phrase pattern a line (see `PhrasePattern`: `a|b` alternatives, `word*` prefixes, `[w]` optional,
/// `~N` gaps). Lines starting with `#` are headings. Everyday symptoms ("cold", "headache", "cough") and
/// vaccinations ("flu jab") are left out on purpose: they are what patients chat about, not disclosures;
/// so are services and staff ("therapist", "CAMHS", "crisis team"), which are usually what a review is about.
/// Words that are also everyday words ("scan", "stroke", "operation") appear only in clinical phrases.
enum HealthTerms {
    static let source = """
    # Cancer
    cancer|cancers|cancerous
    tumour|tumours|tumor|tumors
    leukaemia|leukemia
    lymphoma|lymphomas
    melanoma|carcinoma|sarcoma|myeloma|mesothelioma|glioblastoma|glioma|neuroblastoma
    metastatic|metastasis|metastases
    malignant|malignancy
    chemo*
    radiotherapy|immunotherapy
    radiation therapy|treatment
    oncology|oncologist
    mastectomy|lumpectomy
    terminally ill
    terminal cancer|illness|diagnosis
    palliative
    end of life care
    hospice care
    months|weeks to live
    # Long-term conditions
    diabet*
    prediabetes|prediabetic
    pre diabetes|diabetic
    hypoglycaemia|hypoglycemia|hypo|hypos|hyperglycaemia
    hiv
    hiv positive
    dementia
    alzheimer*
    parkinson*
    motor neurone|neuron disease
    multiple sclerosis
    epilep*
    seizure|seizures
    asthma|asthmatic
    copd|emphysema|bronchiectasis
    cystic fibrosis
    heart attack|attacks
    heart failure|disease|condition|murmur
    cardiac arrest
    angina
    atrial fibrillation
    arrhythmia
    a|mini|major|minor|massive|suspected stroke|strokes
    had|has|suffered ~1 stroke|strokes
    hypertension
    high|low blood pressure
    blood clot|clots
    dvt|thrombosis
    embolism|embolisms
    aneurysm
    arthritis|osteoarthritis
    rheumatoid
    osteoporosis
    lupus
    fibromyalgia
    chronic fatigue
    chronic pain
    crohns|crohn's
    colitis
    ibs
    irritable bowel
    coeliac|celiac
    diverticulitis|diverticular
    kidney|renal disease|failure|stones|infection
    ckd
    dialysis
    cirrhosis
    liver disease|failure|cancer
    fatty liver
    hepatitis
    hep a|b|c
    meningitis|encephalitis
    sepsis|septicaemia
    tuberculosis
    pneumonia
    chest infection|infections
    uti|utis
    urinary tract infection|infections
    water infection|infections
    endometriosis
    pcos
    polycystic ovary|ovaries
    menopause|menopausal|perimenopause|perimenopausal
    fibroids
    infertility|infertile
    erectile dysfunction
    impotence|impotent
    incontinence|incontinent
    learning disability|disabilities
    autism|autistic
    adhd
    asperger*
    down's|downs syndrome
    cerebral palsy
    sickle cell
    thalassaemia|thalassemia
    haemophilia|hemophilia
    hypothyroidism|hyperthyroidism
    underactive|overactive thyroid
    thyroid problem|problems|condition|disease
    glaucoma|cataract|cataracts
    macular degeneration
    psoriasis|eczema|dermatitis
    shingles
    chickenpox
    chicken pox
    measles|mumps|rubella
    whooping cough
    scabies|impetigo|ringworm|threadworm|threadworms
    head lice
    hand foot and mouth
    gout|sciatica
    migraine|migraines
    anaphylaxis|anaphylactic
    haemorrhoids|hemorrhoids
    hernia
    gallstones
    appendicitis
    pancreatitis
    anaemia|anemia|anaemic|anemic
    obesity
    morbidly obese
    long covid
    covid positive
    positive for covid|corona|coronavirus
    tested positive
    concussion
    fracture|fractured
    broken ankle|arm|leg|wrist|hip|collarbone|rib|ribs|foot|hand|elbow|pelvis|neck|back
    # Sexual health and pregnancy
    chlamydia
    gonorrhoea|gonorrhea
    syphilis
    herpes
    genital warts
    trichomonas|trichomoniasis
    sti|stis
    sexually transmitted
    sexual health clinic|check|screen|test
    pregnant
    pregnancy
    miscarriage|miscarriages|miscarried|miscarry
    lost the baby
    ectopic
    stillbirth|stillborn
    antenatal|postnatal|prenatal
    ivf
    fertility treatment
    termination
    abortion|abortions
    morning after pill
    the pill
    contraception|contraceptive
    the coil
    mirena
    contraceptive implant
    depo provera
    # Mental health
    depression
    clinically depressed
    postnatal|postpartum depression|psychosis
    post natal depression
    anxiety
    anxiety disorder
    panic attack|attacks
    ptsd
    bipolar
    schizophren*
    psychosis|psychotic
    personality disorder
    bpd|eupd
    eating disorder
    anorexia|anorexic
    bulimia|bulimic
    self harm|harms|harming|harmed|harmer
    selfharm
    suicidal
    attempted suicide
    suicide attempt|attempts
    overdose|overdosed|overdosing|overdoses
    sectioned
    mental health act
    mental health problems|issues|condition|conditions|crisis|breakdown
    mental illness
    mentally ill
    nervous breakdown
    psychiatric
    rehab
    alcohol|drug|heroin detox
    alcoholic|alcoholism
    drug addict|addicts|addiction
    addiction
    heroin
    crack cocaine
    cbt
    psychotherapy
    # Tests and procedures
    smear|smears
    smear test|tests
    cervical screening
    biopsy|biopsies
    blood test|tests|results
    bloods
    test results
    scan|scans result|results
    ct|cat|mri|pet|dexa|bone|brain|baby|dating|anomaly|ultrasound|doppler|abdominal|pelvic|heart|liver|kidney scan|scans
    week scan
    had|having|has|need|needs|needed|awaiting|booked|after|for|another [a|an|the|my|her|his|their|another] scan|scans
    mri|mris
    ultrasound
    x ray|rays
    xray|xrays
    mammogram|mammography
    colonoscopy|endoscopy|gastroscopy|sigmoidoscopy|cystoscopy|bronchoscopy|colposcopy
    camera test
    ecg|ekg
    echocardiogram
    angiogram|angioplasty
    psa test|level
    hba1c
    swab|swabs
    urine sample|test
    stool sample
    pregnancy test
    hiv test
    sti|std test|tests|check
    lumbar puncture
    spirometry
    hysterectomy|vasectomy|appendectomy|appendicectomy|tonsillectomy
    c section
    caesarean|cesarean
    hip|knee replacement
    transplant
    amputation|amputated
    stent|stents
    pacemaker
    heart bypass
    triple|gastric bypass
    gastric band|sleeve
    colostomy|ileostomy|stoma
    catheter
    keyhole surgery
    heart|brain|knee|hip|back|spinal|bowel|cancer|eye|cataract surgery
    had|having|has|after|need|needs ~1 an|his|her|my operation
    # Medicines
    sertraline|citalopram|escitalopram|fluoxetine|paroxetine|mirtazapine|venlafaxine|duloxetine
    amitriptyline|nortriptyline|trazodone|vortioxetine|bupropion
    prozac|zoloft|cipralex|effexor
    lithium|quetiapine|olanzapine|risperidone|aripiprazole|haloperidol|clozapine|lamotrigine|valproate|epilim|keppra|levetiracetam
    diazepam|lorazepam|temazepam|zopiclone|zolpidem|valium|xanax|alprazolam|clonazepam|promethazine
    pregabalin|gabapentin|lyrica
    codeine|cocodamol|dihydrocodeine|tramadol|morphine|oramorph|oxycodone|oxycontin|fentanyl|buprenorphine
    co codamol|codydramol
    methadone|subutex|naloxone|naltrexone
    naproxen|diclofenac
    co amoxiclav
    amoxicillin|penicillin|flucloxacillin|clarithromycin|erythromycin|doxycycline|trimethoprim
    nitrofurantoin|ciprofloxacin|metronidazole|cefalexin|fluconazole|aciclovir|acyclovir
    antibiotic|antibiotics
    atorvastatin|simvastatin|rosuvastatin|pravastatin|statin|statins
    amlodipine|ramipril|lisinopril|perindopril|losartan|candesartan|irbesartan
    bisoprolol|atenolol|propranolol|metoprolol
    furosemide|bendroflumethiazide|indapamide|spironolactone|doxazosin
    warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|eliquis|xarelto
    blood thinners
    digoxin|amiodarone
    gtn spray
    metformin|gliclazide|sitagliptin|empagliflozin|dapagliflozin|pioglitazone
    insulin|novorapid|lantus|levemir|humalog|tresiba
    ozempic|semaglutide|wegovy|mounjaro|tirzepatide|liraglutide|saxenda|orlistat
    levothyroxine|carbimazole
    omeprazole|lansoprazole|esomeprazole|pantoprazole|ranitidine
    salbutamol|ventolin|seretide|symbicort|fostair|clenil|beclometasone|montelukast
    inhaler|inhalers
    prednisolone|hydrocortisone|dexamethasone
    steroids|steroid
    methotrexate|hydroxychloroquine|sulfasalazine|adalimumab|humira|azathioprine
    tamoxifen|letrozole|anastrozole|herceptin
    tamsulosin|finasteride|oxybutynin|mirabegron
    sildenafil|viagra|tadalafil|cialis
    ritalin|methylphenidate|elvanse|lisdexamfetamine|atomoxetine|concerta
    melatonin
    hrt
    estradiol|oestrogen|progesterone|utrogestan|evorel|oestrogel
    microgynon|rigevidon|cerazette|desogestrel|levonorgestrel|yasmin
    epipen|epipens
    antidepressant|antidepressants
    anti depressants|depressant
    antipsychotic|antipsychotics
    sleeping tablets|pills
    prescribed ~2 painkillers|tablets|medication
    chemotherapy
    """
}
