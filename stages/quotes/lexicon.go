package quotes

import "strings"

// Word classes. A word may belong to several; the lexicon maps a lower-case
// word to the union of its classes, looked up once per token.
const (
	wFunc        uint32 = 1 << iota // function word: never starts a name
	wTitle                          // title or role word inside a capitalised name ("President")
	wCue                            // reporting verb
	wCueWeak                        // reporting verb whose complement is a proposal, not words said
	wCueStrong                      // "say"/"tell": takes a bare clause without "that"
	wCueTell                        // takes an object before its clause ("told reporters that")
	wAsk                            // a question verb: no indirect content
	wAdv                            // may sit between a speaker and its verb ("also", "later")
	wNeg                            // negates a following verb
	wPassive                        // "was told" is not a speech act of the subject
	wSpeakerNoun                    // a role that speaks ("spokesman", "officials")
	wPlural                         // plural speaker noun
	wOrgWord                        // marks a capitalised sequence as an organisation
	wClauseStart                    // may open a reported clause after "said"
	wRelative                       // "who", "which": a relative clause before the verb
	wConnector                      // lower-case particle inside names ("de", "van")
	wNationality                    // capitalised adjective that is not a name on its own
	wMale                           // gender evidence
	wFemale
	wHonorific // "Mr.", "Ms.": a title that also tells gender
	wPortfolio // "State" in "Secretary of State"
	wPrep      // preposition: a phrase, not a clause, follows
	wDet       // determiner or possessive pronoun
	wNoInvert  // takes an object: "called Omar a …" never puts the speaker after it
	wCueBare   // takes a bare clause as often as an object: "insisted the figure was …"
	wEval      // judges a thing in words, "praised the "constructive role"": speaks for quoted fragments only
	wAudience  // people or a gathering that can be told something (audience.go)
)

var lexicon = map[string]uint32{}

func addWords(flags uint32, words string) {
	for _, w := range strings.Fields(words) {
		lexicon[w] |= flags
	}
}

func init() {
	contractions := `i'm i've i'd i'll we've we're we'd we'll you're you've you'd you'll they're they've
		they'd they'll he's he'd he'll she's she'd she'll it's it'd it'll that's there's here's what's
		who's let's don't doesn't didn't can't won't isn't aren't wasn't weren't hasn't haven't hadn't
		wouldn't shouldn't couldn't mustn't`
	addWords(wFunc, contractions)
	addWords(wFunc, strings.ReplaceAll(contractions, "'", "’"))
	pronounForms := `i'm i've i'd i'll we've we're we'd we'll you're you've you'd you'll they're
		they've they'd they'll he's he'd he'll she's she'd she'll it's it'd it'll that's there's here's`
	addWords(wClauseStart, pronounForms)
	addWords(wClauseStart, strings.ReplaceAll(pronounForms, "'", "’"))
	addWords(wNoInvert, `tell tells told call calls called describe describes described defend
		defends defended accuse accuses accused urge urges urged brand brands branded label labels
		labeled labelled dub dubs dubbed term terms termed charge charges charged characterize
		characterized characterise characterised characterizes characterises remind reminded inform informed assure assured
		notify notified
		promise promised threaten threatened deny denied report reported announce announced
		recommend recommended propose proposed advise advised demand demanded read
		refer refers referred referring criticize criticizes criticized criticise criticises criticised
		dismiss dismisses dismissed`)
	addWords(wFunc, `a an the and but or nor so yet for if then than that this these those
		there here it its he she they we i you his her their our my your him them us me
		in on at to of by with from into onto over under after before during since until
		while when where why how what which who whom whose as about above across against
		along among around behind below beneath beside between beyond despite down inside
		near off outside through throughout toward towards upon within without
		all any both each every few many more most much no none not some such only also
		even still just asked according meanwhile however although though because unless
		whether whatever whoever another other one two three four five six seven eight nine ten
		is are was were be been being has have had do does did will would shall should can could
		may might must let yes oh well now today yesterday tomorrow monday tuesday wednesday
		thursday friday saturday sunday instead indeed perhaps maybe later earlier first last
		next several said says told added like unlike once twice again often never always
		sometimes already soon ago please thanks dear hello`)
	addWords(wTitle, `president vice prime minister secretary chancellor governor gov. sen. senator
		rep. representative cong. congressman congresswoman mayor judge justice general gen. col. colonel
		lt. lieutenant capt. captain sgt. sergeant adm. admiral maj. major cmdr. commander gov
		chairman chairwoman chair ceo cfo coo director chief spokesman spokeswoman spokesperson
		ambassador pope king queen prince princess sir dame lord lady duke duchess emperor sheikh
		sultan ayatollah rabbi rev. reverend father bishop cardinal archbishop dr. doctor prof.
		professor mr. mrs. ms. miss mr mrs ms dr attorney speaker leader premier deputy foreign
		finance defense defence interior health justice treasury state commissioner superintendent
		sheriff officer detective inspector executive chief-executive coach manager chancellor-elect president-elect
		secretary-general director-general economist analyst resident researcher scientist activist lt col gen sgt capt adm cmdr supt insp attorney-general envoy minister-president consul mp
		founder co-founder`)
	addWords(wHonorific, `mr. mrs. ms. miss mr mrs ms sir dame lady lord king queen prince princess duke duchess`)
	addWords(wMale, `mr. mr sir lord king prince duke father he him his himself`)
	addWords(wFemale, `mrs. ms. miss mrs ms dame lady queen princess duchess she her hers herself`)
	addWords(wPortfolio, `state defense defence justice foreign affairs interior health finance treasury
		homeland security commerce energy education labor labour agriculture transportation transport
		veterans housing the economy trade information culture environment tourism communications
		industry oil petroleum planning immigration`)

	// Reporting verbs, in the forms news uses.
	addWords(wCue, `say says said saying tell tells told telling add adds added adding
		inform informs informed notify notifies notified
		warn warns warned warning argue argues argued arguing insist insists insisted insisting
		claim claims claimed claiming state states stated explain explains explained explaining
		note notes noted noting write writes wrote writing reply replies replied respond responds responded
		answered quoth repeat repeats repeated repeating exclaim exclaims exclaimed
		acknowledge acknowledges acknowledged admit admits admitted announce announces announced
		assert asserts asserted confirm confirms confirmed contend contends contended declare declares declared
		deny denies denied emphasize emphasizes emphasized emphasise emphasises emphasised
		predict predicts predicted recall recalls recalled remark remarks remarked reiterate reiterates reiterated
		stress stresses stressed suggest suggests suggested tweet tweets tweeted post posts posted
		urge urges urged vow vows vowed complain complains complained concede concedes conceded
		counter counters countered caution cautions cautioned observe observes observed
		continue continues continued conclude concludes concluded agree agrees agreed testify testifies testified
		promise promises promised pledge pledges pledged threaten threatens threatened
		call calls called describe describes described defend defends defended dub dubs dubbed
		brand brands branded label labels labeled labelled term terms termed characterize characterized
		characterise characterised characterizes characterises characterizing characterising ask asks asked wonder wonders wondered accuse accuses accused
		charge charges charged maintain maintains maintained allege alleges alleged report reports reported
		recommend recommends recommended propose proposes proposed advise advises advised
		according quipped quips joked jokes joke shouted shouts yelled screamed whispered mused boasted
		boasts lamented laments demanded demands calling describing defending accusing urging asserting
		declaring denying stressing suggesting acknowledging admitting announcing confirming predicting
		vowing promising pledging threatening complaining stating emphasizing emphasising insisting
		contending countering cautioning recalling reiterating replying responding tweeting posting
		dubbing branding labeling labelling terming conceding maintaining alleging reporting
		estimate estimates estimated estimating retort retorts retorted comments commented
		rule rules ruled assure assures assured proclaim proclaims proclaimed read reads
		refer refers referred referring mock mocks mocked scoff scoffs scoffed indicate indicates indicated
		criticize criticizes criticized criticise criticises criticised dismiss dismisses dismissed`)
	addWords(wCueWeak, `recommend recommends recommended propose proposes proposed advise advises advised
		suggest suggests suggested urge urges urged continue continues continued`)
	addWords(wCueStrong, `say says said saying tell tells told telling`)
	addWords(wCueBare, `insist insists insisted argue argues argued contend contends contended assert
		asserts asserted claim claims claimed warn warns warned add adds added acknowledge acknowledged
		acknowledges admit admits admitted believe believes believed concede conceded concedes
		predict predicted predicts complain complained complains write wrote writes
		report reports reported announce announces announced confirm confirms confirmed`)
	addWords(wCueTell, `tell tells told telling warn warns warned warning assure assures assured
		remind reminds reminded inform informs informed notify notifies notified`)
	addWords(wAsk, `ask asks asked wonder wonders wondered`)
	// Verbs that judge a thing, often in the judge's quoted words ("hailed the
	// vote as "a new birth"", "denounces the film as "…""), or that speak of
	// one ("spoke of a "moral commitment""); no clause follows.
	addWords(wEval|wNoInvert, `hail hails hailed praise praises praised denounce denounces denounced
		condemn condemns condemned reject rejects rejected welcome welcomes welcomed decry decries decried
		applaud applauds applauded slam slams slammed speak speaks spoke talk talks talked`)
	addWords(wAdv, `also later previously then once recently repeatedly earlier further simply only
		again reportedly allegedly initially first last quickly flatly publicly privately separately
		subsequently has have had would will has had already often frequently even still just
		has had bluntly angrily told told twice strongly firmly categorically vehemently immediately
		swiftly openly loudly quietly formally officially explicitly directly personally
		previously since long always consistently publicly now`)
	addWords(wNeg, `not never n't no`)
	addWords(wPassive, `was were been be being is are`)
	addWords(wSpeakerNoun|wPlural, `police surveys polls dissidents exiles refugees officials sources media reports parties factions unions agencies companies governments countries nations allies organizations organisations spokesmen spokespeople analysts experts
		residents witnesses aides advisers advisors lawyers attorneys police prosecutors investigators
		authorities diplomats critics economists observers officers leaders lawmakers legislators
		democrats republicans activists protesters researchers scientists doctors organizers organisers
		people members supporters opponents executives negotiators militants rebels
		commanders soldiers workers parents students teachers locals voters campaigners groups
		insiders employees staffers nurses farmers journalists reporters historians strategists
		consultants fans candidates citizens economists pollsters
		traders dealers bankers brokers exporters importers shippers buyers sellers
		reps publicists representatives authors co-authors agents delegates demonstrators marchers women men children`)
	addWords(wSpeakerNoun, `spokesman spokeswoman spokesperson official source analyst expert
		resident witness aide adviser advisor lawyer attorney prosecutor investigator diplomat critic
		economist observer officer leader lawmaker legislator activist researcher scientist doctor
		organizer organiser member minister ministry president statement report announcement cable government agency
		bill law resolution treaty decree indictment lawsuit
		company department office embassy commission committee council court party army military
		police secretary governor mayor senator representative chairman chairwoman director chief
		executive ceo ambassador envoy commander general judge professor author manager coach
		owner founder head negotiator militant rebel soldier worker student teacher voter campaigner
		group organization organisation union firm bank administration white kremlin pentagon
		regulator regulators board website newspaper publisher network television radio broadcaster prosecutor's family
		daughter son wife husband mother father brother sister friend neighbor neighbour colleague
		partner victim survivor mp official's premier chancellor king queen pope
		carmaker automaker chipmaker drugmaker planemaker retailer airline lender insurer miner
		producer manufacturer supplier operator developer maker giant conglomerate broker exchange
		watchdog spokesperson's utility carrier insurer person insider employee staffer nurse farmer
		journalist reporter historian strategist consultant fan candidate citizen pollster
		trader dealer banker rep publicist agent delegate editorial service paper
		survey poll message memo document dissident exile refugee`)
	addWords(wOrgWord, `house ministry department council agency party company inc inc. corp corp.
		co co. ltd ltd. llc plc group bank university college commission committee court congress senate
		parliament kremlin pentagon police army navy force forces government office association union
		organization organisation institute foundation service bureau administration reuters
		press times post journal news network corporation fund authority board assembly federation
		league church centre center hospital school airlines airways motors systems technologies
		exchange reserve cabinet duma guard command coalition alliance front movement watch
		nato fbi cia nsa un eu who imf opec ap afp bbc cnn nbc cbs abc fox kgb fsb gop pentagon's
		tass xinhua interfax research science sciences institute medicine energy studies journal
		review magazine club league cup street avenue road river mountains island islands county city
		province republic kingdom airport station square bridge tower museum library stadium festival
		awards prize act games olympics championship series show records productions studios
		entertainment media labs laboratory laboratories clinic prosecution ministries police
		department's airlines university's hospitals schools centers centres program programme daily`)
	addWords(wClauseStart, `the a an this these those no some many all there it he she they we i you
		his her their its our my your that every each any both neither none nothing nobody everyone
		everything someone something most more few several another one two three four five six seven eight
		nine ten if while when because although though`)
	addWords(wRelative, `who which`)
	addWords(wConnector, `de van von der den bin ibn al el da du la le del di dos das ben`)
	addWords(wNationality, `former russian american british french german chinese japanese ukrainian
		israeli palestinian iranian iraqi syrian turkish indian pakistani afghan korean european
		african asian arab mexican canadian australian italian spanish polish dutch swedish
		norwegian danish finnish greek egyptian saudi brazilian argentine venezuelan cuban
		democratic republican western eastern northern southern soviet islamic muslim christian
		jewish catholic u.s. us uk u.k. u.n. eu`)
	addWords(wPrep, `in on at to of by with from into for over under after before during since
		until about against among between through via without within across amid despite near`)
	addWords(wDet, `the a an this these those that his her their its our my your some any no
		every each one another`)
}

// Names given far more often to one gender: evidence only when the text has
// none (no Mr./Ms., no he/she near the name).
var maleNames, femaleNames = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`john james robert michael william david richard joseph thomas
		charles christopher daniel matthew anthony mark donald steven steve paul andrew joshua kenneth
		kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
		stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack
		dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy
		harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
		joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent
		russell elijah louis bobby philip johnny barack bill mike mitch chuck ted bernie vladimir dmitry
		dmitri sergei sergey oleg alexei alexey ivan igor mikhail boris yuri nikolai viktor vitaly
		volodymyr petro emmanuel francois jean pierre olaf friedrich angelo xi li wang recep benjamin
		bashar hassan mohammed muhammad ahmed ali omar abdul mahmoud kim narendra rishi keir boris
		justin jair luiz javier pedro carlos luis miguel antonio giuseppe matteo hans klaus karl
		lars erik rex jim tom tim bob rob ben sam dan nick tony ken greg jeff josh matt chris pat
		marco rudy newt lindsey`) {
		maleNames[w] = true
	}
	for _, w := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica
		sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol
		amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen
		anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
		ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan
		evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn
		sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
		danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
		hillary nina nancy kamala elizabeth angela theresa ursula christine jacinda golda indira
		benazir yulia tatiana tatyana svetlana natalia natalya olga irina elena yelena marina maria
		ekaterina anastasia valentina lyudmila galina larisa oksana alexandra sabine annalena giorgia
		marine segolene liz kristi nikki sheryl condoleezza madeleine janet susan samantha karine
		jen kellyanne sarah huckabee dana lindsay alexandria ilhan rashida ayanna kirsten tammy
		maxine nikki claudia sheinbaum dilma cristina michelle melania ivanka jill laura hilary
		kate meghan camilla diana margrethe beatrix tsai`) {
		femaleNames[w] = true
	}
}
