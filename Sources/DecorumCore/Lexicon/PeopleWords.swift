/// Words that tell people apart in a comment: titles, relatives, roles at a practice, the words that
/// single one person out, and the capitalised things that are not people ("Dr Who"). One entry per
/// line; `#` starts a comment line.
enum PeopleWords {
    /// Titles used by clinical staff; a name after one of these on a GP page is most likely staff.
    static let clinicalTitles = """
    dr
    doctor
    doc
    nurse
    sister
    matron
    prof
    professor
    """

    /// Social titles: the person may be anyone.
    static let socialTitles = """
    mr
    mrs
    ms
    miss
    mx
    mister
    missus
    sir
    dame
    """

    /// Relatives and people close to the poster: "my neighbour Dave", "her son".
    static let relations = """
    neighbour
    neighbor
    neighbours
    son
    daughter
    husband
    hubby
    wife
    wifey
    partner
    fiance
    fiancee
    boyfriend
    girlfriend
    bf
    gf
    mum
    mom
    mam
    mummy
    mother
    dad
    daddy
    father
    brother
    sister
    bro
    sis
    nan
    nana
    nanna
    nanny
    gran
    granny
    grandma
    grandmother
    grandad
    granddad
    grandpa
    grandfather
    grandson
    granddaughter
    grandchild
    aunt
    auntie
    aunty
    uncle
    cousin
    niece
    nephew
    friend
    mate
    pal
    bestie
    colleague
    boss
    lodger
    flatmate
    housemate
    carer
    stepson
    stepdaughter
    stepmum
    stepdad
    stepfather
    stepmother
    ex
    missus
    misses
    kid
    kids
    child
    baby
    toddler
    lad
    boy
    girl
    twin
    landlord
    landlady
    tenant
    """

    /// Words for a person, used in descriptions that single one out ("the lady in the waiting room").
    static let personNouns = """
    man
    woman
    lady
    gentleman
    gent
    bloke
    guy
    fella
    fellow
    chap
    girl
    boy
    lad
    lass
    kid
    child
    baby
    toddler
    teenager
    teen
    youngster
    pensioner
    patient
    person
    mum
    mother
    dad
    father
    granny
    grandad
    couple
    family
    """

    /// Roles at a practice, singular.
    static let roleNouns = """
    receptionist
    nurse
    doctor
    doc
    gp
    locum
    manager
    pharmacist
    hca
    phlebotomist
    paramedic
    registrar
    secretary
    admin
    administrator
    midwife
    physio
    physiotherapist
    partner
    clinician
    practitioner
    anp
    prescriber
    dispenser
    cleaner
    telephonist
    medic
    assistant
    coordinator
    lead
    """

    /// Roles, plural or collective: these never single one person out.
    static let rolePlurals = """
    receptionists
    nurses
    doctors
    docs
    gps
    staff
    team
    locums
    managers
    pharmacists
    paramedics
    registrars
    secretaries
    admins
    clinicians
    practitioners
    partners
    hcas
    everyone
    everybody
    people
    """

    /// Words before a role that narrow it ("practice manager", "head receptionist"); "unique" ones are
    /// in `uniqueRoleModifiers`.
    static let roleModifiers = """
    practice
    reception
    office
    surgery
    nursing
    clinical
    medical
    health
    healthcare
    care
    duty
    triage
    student
    trainee
    locum
    agency
    temp
    social
    advanced
    admin
    own
    usual
    regular
    normal
    named
    family
    local
    registered
    district
    community
    school
    hospital
    private
    nhs
    actual
    proper
    real
    right
    qualified
    """

    /// Modifiers that make a role one person ("the head receptionist", "the senior partner").
    static let uniqueRoleModifiers = """
    head
    lead
    senior
    chief
    deputy
    managing
    """

    /// Adjectives that tell one member of a group from the others.
    static let distinguishing = """
    new
    newer
    newest
    young
    younger
    youngest
    old
    older
    oldest
    elderly
    male
    female
    blonde
    blond
    brunette
    ginger
    redhead
    redheaded
    dark
    fair
    bald
    balding
    tall
    short
    little
    small
    big
    large
    fat
    chubby
    skinny
    thin
    pregnant
    foreign
    polish
    asian
    black
    white
    indian
    pakistani
    african
    nigerian
    scottish
    irish
    welsh
    american
    australian
    spanish
    italian
    german
    french
    romanian
    chinese
    filipino
    eastern
    european
    temporary
    junior
    other
    first
    second
    last
    same
    bearded
    tattooed
    curly
    lady
    woman
    man
    gentleman
    """

    /// Judging adjectives: "the rude receptionist" singles one out less surely than "the new one".
    static let judgement = """
    rude
    lovely
    nice
    kind
    horrible
    nasty
    miserable
    useless
    arrogant
    helpful
    unhelpful
    friendly
    unfriendly
    condescending
    patronising
    patronizing
    snotty
    stroppy
    moody
    grumpy
    sarcastic
    obnoxious
    awful
    terrible
    brilliant
    amazing
    fantastic
    wonderful
    great
    excellent
    lazy
    incompetent
    ignorant
    sweet
    cheeky
    abrupt
    dismissive
    vile
    smug
    snooty
    fab
    fabulous
    superb
    professional
    unprofessional
    caring
    thorough
    patient
    aggressive
    hostile
    gorgeous
    """

    /// Colours, for descriptions by clothing ("in the red coat").
    static let colours = """
    red
    blue
    green
    yellow
    pink
    purple
    orange
    black
    white
    grey
    gray
    brown
    beige
    navy
    cream
    """

    /// Clothing and things a person has with them, for descriptions ("with the pram").
    static let clothing = """
    coat
    jacket
    hat
    top
    dress
    hoodie
    jumper
    shirt
    tshirt
    trousers
    jeans
    shorts
    scarf
    cap
    uniform
    leggings
    trainers
    skirt
    cardigan
    fleece
    tracksuit
    trackies
    suit
    glasses
    mask
    headscarf
    hijab
    turban
    wheelchair
    pushchair
    buggy
    pram
    onesie
    pyjamas
    """

    /// Where the front-of-house staff sit: "on reception", "behind the desk".
    static let staffPlaces = """
    reception
    desk
    counter
    phone
    phones
    switchboard
    hatch
    window
    front
    dispensary
    checkin
    """

    /// Places at the surgery where other patients are seen: presence there is personal data.
    static let surgeryPlaces = """
    waiting
    queue
    carpark
    reception
    corridor
    surgery
    pharmacy
    dispensary
    clinic
    toilet
    toilets
    loo
    appointment
    appointments
    appt
    docs
    doctors
    gps
    practice
    """

    /// Verbs a clinician or receptionist does to a patient: "the lady who answered the phone".
    static let staffVerbs = """
    answered
    picked
    booked
    took
    did
    saw
    rang
    called
    phoned
    examined
    triaged
    injected
    gave
    told
    treated
    dealt
    checked
    refused
    prescribed
    sent
    cancelled
    works
    worked
    sorted
    does
    doing
    left
    runs
    takes
    jabbed
    vaccinated
    stitched
    hurt
    syringed
    """

    /// Verbs of being with someone at the surgery ("the woman sitting next to me").
    static let presenceVerbs = """
    sat
    sitting
    standing
    stood
    waiting
    queuing
    queueing
    coughing
    sneezing
    shouting
    screaming
    crying
    talking
    moaning
    swearing
    vomiting
    bleeding
    limping
    sleeping
    lying
    sleeps
    collapsed
    """

    /// Words before a person written next to the poster ("before me", "next to me").
    static let presencePrepositions = """
    before
    after
    behind
    ahead
    next
    beside
    opposite
    near
    """

    /// Words that name a place when they follow a name ("Victoria Road", "Glenfield Hospital").
    static let placeNouns = """
    road
    rd
    street
    st
    lane
    ln
    avenue
    ave
    close
    drive
    way
    court
    crescent
    gardens
    park
    place
    square
    terrace
    grove
    hill
    house
    hall
    farm
    surgery
    medical
    centre
    center
    hospital
    ward
    school
    academy
    college
    university
    primary
    church
    pharmacy
    chemist
    chemists
    practice
    health
    clinic
    unit
    building
    estate
    village
    town
    city
    county
    shire
    """

    /// Words that are never a name after a title ("Nurse Appointment", "Doctor Said").
    static let stopAfterTitle = """
    the
    a
    an
    and
    or
    but
    is
    was
    were
    are
    be
    been
    being
    has
    have
    had
    said
    says
    say
    told
    tells
    asked
    gave
    did
    does
    do
    can
    could
    would
    should
    might
    must
    shall
    who
    what
    when
    where
    why
    how
    that
    this
    these
    those
    it
    its
    he
    she
    they
    i
    me
    my
    you
    your
    his
    her
    their
    our
    we
    us
    them
    him
    at
    on
    in
    to
    for
    from
    with
    by
    of
    about
    after
    before
    appointment
    appointments
    appt
    appts
    apt
    app
    practitioner
    practitioners
    clinic
    clinics
    surgery
    surgeries
    office
    visit
    visits
    call
    calls
    callback
    letter
    letters
    note
    notes
    report
    reports
    referral
    referrals
    prescription
    prescriptions
    script
    scripts
    led
    list
    line
    lines
    triage
    rota
    today
    tomorrow
    yesterday
    tonight
    monday
    tuesday
    wednesday
    thursday
    friday
    saturday
    sunday
    january
    february
    march
    july
    september
    october
    november
    december
    please
    thanks
    thank
    asap
    online
    phone
    telephone
    practice
    centre
    center
    service
    services
    receptionist
    receptionists
    team
    staff
    not
    no
    yes
    ok
    okay
    hi
    hello
    dear
    so
    very
    really
    just
    also
    too
    again
    still
    then
    there
    here
    now
    all
    any
    some
    every
    one
    two
    im
    ive
    plus
    nurse
    nurses
    doctor
    doctors
    dr
    gp
    gps
    home
    stuff
    etc
    if
    as
    than
    only
    never
    always
    ever
    even
    said
    will
    may
    sick
    fit
    note
    certificate
    results
    result
    test
    tests
    blood
    bloods
    review
    check
    checkup
    jab
    jabs
    vaccine
    vaccination
    injection
    smear
    dressing
    dressings
    clinic
    hours
    time
    times
    day
    days
    week
    weeks
    month
    months
    year
    years
    morning
    afternoon
    evening
    night
    lol
    xx
    x
    tbh
    omg
    lmao
    btw
    fyi
    nhs
    uk
    ae
    aande
    """

    /// Things after "Dr"/"Doctor" that are not a member of staff: TV, brands, fiction, famous doctors.
    static let notPeopleAfterDoctor = """
    who
    google
    pepper
    foster
    martens
    marten
    martin
    oetker
    dre
    seuss
    strange
    evil
    no
    jekyll
    frankenstein
    dolittle
    doolittle
    zhivago
    feelgood
    phil
    oz
    house
    octopus
    doom
    crippen
    shipman
    finlay
    quinn
    kildare
    hook
    scholl
    scholls
    bronner
    teal
    teals
    organic
    squatch
    ranj
    hilary
    hillary
    christian
    amir
    mosley
    fauci
    nowzaradan
    xand
    livingstone
    hibbert
    nick
    zoidberg
    manhattan
    fate
    spock
    beat
    death
    fox
    whitty
    sleep
    bike
    drive
    """

    /// Things after "Mr", "Mrs", "Miss", "Ms" that are not people one could identify.
    static let notPeopleAfterSocialTitle = """
    bean
    blobby
    men
    muscle
    kipling
    sheen
    whippy
    tumble
    motivator
    right
    wrong
    nobody
    nice
    grumpy
    t
    bump
    happy
    doubtfire
    hinch
    claus
    piggy
    marple
    universe
    potato
    freeze
    benn
    magoo
    miyagi
    robot
    fixit
    president
    speaker
    chairman
    chair
    incredible
    selfridge
    darcy
    average
    know
    perfect
    clean
    brightside
    """

    /// Public figures whose names turn up in health talk; naming them identifies no patient.
    static let publicFigures = """
    chris whitty
    patrick vallance
    jonathan van tam
    boris johnson
    matt hancock
    wes streeting
    rishi sunak
    keir starmer
    theresa may
    jeremy hunt
    sajid javid
    thérèse coffey
    donald trump
    joe biden
    elon musk
    bill gates
    michael mosley
    hilary jones
    ranj singh
    amir khan
    alex george
    zoe williams
    chris van tulleken
    xand van tulleken
    andrew wakefield
    anthony fauci
    kate middleton
    prince william
    king charles
    jesus christ
    harold shipman
    florence nightingale
    """

    /// Words that are never a person on their own, even capitalised ("God", "Jesus").
    static let neverPeople = """
    god
    jesus
    christ
    allah
    lord
    santa
    boots
    lloyds
    tesco
    asda
    aldi
    lidl
    morrisons
    sainsburys
    superdrug
    specsavers
    waitrose
    greggs
    costa
    amazon
    google
    facebook
    whatsapp
    quorn
    leicester
    loughborough
    nottingham
    derby
    """
}
