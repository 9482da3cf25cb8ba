// Person-name evidence without a trained model: common first names of
// today's students (US births 2005-2020, English and Spanish), plus a stop
// list of capitalised words that are not people. Lower case, no accents.

export const FIRST_NAMES = new Set(
  `caden kason ryker fernanda zariah keyshawn aaliyah aaron abby abigail abril adam addison adrian adriana aiden aidan alan alana alejandra alejandro alex alexa
  alexander alexis alicia alina alondra alyssa amanda amaya amelia amir ana andre andrea andres andrew angel angela
  angelica anna annabelle anthony antonio aria ariana ariel arianna armando ashley asher aubrey audrey aurora austin
  ava avery axel bailey beatriz bella benjamin bentley blake braden bradley brandon brayden brenda brian brianna
  brielle brittany brooke brooklyn bryan bryce caleb camila cameron camille carlos carmen carolina carson carter
  casey cesar chase chloe christian christopher claire clara cole colton connor cooper cristian daisy dakota
  damian daniel daniela danny dante david delilah destiny devin diana diego dominic dylan easton eduardo eli elias
  elijah elena eliana elizabeth ella ellie emanuel emiliano emilio emily emma emmanuel eric erick erik esteban
  esther ethan eva evan evelyn ezekiel ezra fatima felipe fernando francisco gabriel gabriela gael gavin genesis
  giovanni grayson guadalupe gustavo hailey hannah harper hayden hector henry hudson hunter ian isaac isabel
  isabella isaiah isla ivan ivy jace jack jackson jacob jade jaden jadyn jaime jake james jasmine jason javier
  jaxon jayden jaylen jayla jazmin jesse jessica jesus jocelyn joel john johnny jonathan jordan jorge jose joseph
  joshua josiah juan julian juliana julio justin kaden kai kaitlyn karen karla kate katherine kayden kaylee
  kayla kennedy kevin khloe kimberly kinsley kyle kylie landon layla leah leilani leo leonardo levi liam liliana
  lily lincoln logan lorenzo lucas lucia luis luna lydia madelyn madison makayla malachi marco marcos maria
  mariana marisol mario mark marlene martin mason mateo matias matthew maya mckenzie melanie melissa mia miguel
  mila miles miranda mohamed muhammad naomi natalia natalie nathan nathaniel nevaeh nicholas nicole noah nolan
  nora oliver olivia omar oscar owen paisley paola parker patricia paula penelope peyton pablo rafael raul reagan
  rebecca ricardo riley roberto rodrigo ruby ryan rylee sadie samantha samuel santiago sara sarah savannah sebastian
  sergio serenity skylar sofia sophia sophie stella steven sydney tatiana taylor thiago thomas timothy trinity
  tristan tyler valentina valeria vanessa victor victoria violet wesley wyatt xavier ximena yahir yaretzi yesenia
  zachary zoe zoey deshawn demarcus jamal jaylon keondre tyrone darius malik imani aaliyah nia kiara jamari
  kendrick marcus terrell latoya aniyah ayden brantley braxton jaxson kash maverick nova oaklee rowan sawyer
  weston waylon everly hazel willow emery rosalie hadley journee londyn
  aarav abdiel abdullah abel abraham ace adalyn adan addyson adeline adriel ahmad ahmed aidyn ainsley aisha aitana akira
  alaina alani alaya alayna aleah alec alena alessandra alessandro alexandra alexandria alfredo ali alia alice alijah alisha alison
  allison alma alonso alvaro amara amari amber amelie amira amiyah anahi anais anastasia anderson andi andy angelina angelo
  aniya antoine anya apollo araceli archer ari arlo armani arnav arturo aryan aryanna ashton astrid athena atlas aubree
  aubrie audrina august aurelia aurelio avah avalynn averie ayaan ayla aylin azariah barrett baylee beau beckett benicio bennett
  benson bianca blaine blair blakely bodhi bonnie boston bowen bradyn brady braelyn braylon brecken brenna brendan brent brett
  briana briella brinley bristol brody bronson brynlee brynn bryson cadence cairo callie callum calvin camden campbell camryn cara
  carlee carly carmelo carolyn cash cassidy cataleya catalina cayden cecilia chandler charles charlie charlotte chaya chelsea cheyenne christina
  ciara cindy clayton clementine cody collin colt conor corbin cora cordell corey cristal crystal cullen cyrus dahlia daleyza
  dallas dalton damari damon dana dane dangelo daniella danielle darian dariel darnell darren davian davion dawson dax dayana
  deacon declan deja delaney demetrius denise denver derek derrick desmond devon dexter dillon dominick dominique donovan douglas drake
  draven dulce duncan dustin eden edgar edith edwin efrain eileen elaina eleanor eliam elian elise elisa eliza elliana
  ellis elliot elliott eloise elsa elyse ember emerson emilia emiliana emmett emmy enrique enzo ephraim esmeralda estrella eugene
  evangeline everett ezequiel fabian faith felix finley finn fiona frances francesca franco frank franklin freddy gabriella gabrielle gage
  galilea gemma genevieve george georgia gerardo gia giana gianna gideon gilbert gina giselle giuliana gracelyn gracie graham greyson
  gunner gwendolyn hadassah haley hallie hamza hank harley harmony harrison harvey haven heaven heidi helen holden hope hugo
  ibrahim ignacio iker iliana irene iris isaias isiah israel itzel ivanna izabella jacoby jadiel jaiden jalen jamie jane
  janelle janiyah jared jasiah jasper javion jay jayce jaylah jaylee jazlyn jazmine jefferson jenna jennifer jeremiah jeremy jericho
  jerry jessie jett jimena joanna joaquin johan johanna jolene jonah jonas jordyn josie josue journey joy judah jude
  julia julianna julie juliet juliette julius june junior justice kaia kailani kairo kaleb kali kaliyah kamari kamila kamryn
  kane karina karter kase kassandra katelyn kathryn katie kayleigh kaylin keegan keira keith kelly kelsey kendall kenji kenneth
  kenzie keyla khalil kian kiera killian kimber king kingston kira knox kobe kolton krew kristopher kyla kylan kyler
  kyrie lacey lailah lainey lana landen lane laney lara larissa laura lauren lawson layton leandro leighton leland lennon
  leon leona leonel leslie lexi lia liana lila lilly lina linda lindsey lionel lisa lola london lorelai louis
  louisa lucca lucian luciana lucy luka lukas luke lyla lyric mabel macie mack maddox madeline madilyn mae maeve
  magnolia makenna malaysia malia maliyah mara marcel marcelo margaret margot mariah mariam marissa marley martina mateus matteo maurice
  mauricio max maxwell mckenna meadow megan mekhi melvin mercy micah michael michelle mikayla milan milani miriam mohammad moises
  molly monica monroe morgan moses myles nadia naya nayeli nehemiah neil nelson nico nikolai nina noelle nyla octavia
  oakley odin olive omari orion otto paislee pamela paolo patrick paxton payton pedro penny perla peter phoenix piper
  presley preston princess priscilla quentin quincy quinn rachel raegan ramon randy raphael rayan raylee raymond reese reid remi
  remington renata rex reyna rhett richard rio river robert rocco rocio rodney roger roman romeo ronald ronan rory
  rosa roy royal ruben rudy russell ryder rylan sabrina sage salma salvador samara samir samson santana sasha saul
  scarlett selena shane shawn shiloh sienna sierra silas simon sincere skyler sloane solomon sonia spencer stephanie stephen sterling
  sullivan summer sutton tanner tatum teagan terrance tessa theo theodore tiana titus tobias tommy tony travis trent trevor
  trey troy tucker tyson uriel valentin valentino vaughn vera veronica vicente vincent vivian viviana walker warren wendy whitney
  willa william winston wren xander yamileth yareli yusuf zaid zain zander zane zara zayden zayn zion zuri deshaun
  jamarion davonte tyrell jaquan shaniqua keisha ebony tamika jada kiana amiyah jaylin kyrie demarius marquis terrence dashawn lamar
  xiomara yadira itzel citlali jaqueline mayra nayeli dayanara brayan jostin bryant jeremias santino alonso maximiliano joaquin ngoc linh
  minh huy bao anh tuan khoa thanh mai hoa duc long nam hai phuong quynh kim`
    .split(/\s+/)
    .filter(Boolean),
);

// Names that are also everyday words: count them only with more evidence.
export const AMBIGUOUS_NAMES = new Set([
  'will', 'grace', 'hope', 'faith', 'joy', 'mark', 'angel', 'rose', 'ivy', 'autumn', 'summer', 'dakota', 'paris',
  'jade', 'ruby', 'sky', 'river', 'hunter', 'parker', 'cooper', 'carter', 'mason', 'jordan', 'taylor', 'bailey',
  'chase', 'miles', 'august', 'may', 'june', 'april', 'destiny', 'trinity', 'genesis', 'nova', 'luna', 'jesus',
  'christian', 'guadalupe', 'ella', 'art', 'bill', 'pat', 'sue', 'victoria', 'madison', 'lincoln', 'austin',
  'kennedy', 'brooklyn', 'savannah', 'sydney', 'eva', 'mia', 'maria', 'elena', 'reagan', 'harper', 'serenity',
  'melody', 'justin', 'grayson', 'hudson', 'avery', 'kai', 'easton', 'levi', 'wesley', 'karen',
  'hope', 'faith', 'joy', 'june', 'summer', 'autumn', 'river', 'sage', 'lane', 'king', 'royal', 'princess', 'journey',
  'justice', 'mercy', 'heaven', 'harmony', 'haven', 'meadow', 'phoenix', 'dallas', 'denver', 'boston', 'london', 'milan',
  'cairo', 'brady', 'knox', 'rex', 'max', 'frank', 'jay', 'ty', 'an', 'long', 'nam', 'hai', 'kim', 'mai', 'mack', 'drake',
  'china', 'trent', 'pedro', 'troy', 'sterling', 'walker', 'tucker', 'tanner', 'archer', 'miles', 'rocco', 'atlas',
  'orion', 'apollo', 'ace', 'rio', 'remi', 'piper', 'lyric', 'ember', 'wren', 'penny', 'olive', 'iris', 'ivy', 'willa',
  'sincere', 'jefferson', 'lincoln', 'kingston', 'bristol', 'monroe', 'grant', 'reid', 'gage', 'rory', 'nico', 'christian',
  'cash', 'crystal', 'amber', 'colt', 'dexter', 'bonnie', 'clementine', 'magnolia', 'olive', 'august', 'eugene',
]);

// Capitalised words that are not people (days, months, subjects, places,
// products, titles). Names of the district and its schools are added from
// the pack at run time.
export const NOT_NAMES = new Set(
  `i im ive id ill a an the and or but so if of to in on at by for from with about as into after before this that
  these those my our your his her their its we you they he she it me us them is are was were be been being am do
  does did have has had not no yes ok okay hey hi hello dear thanks thank please just also today tomorrow yesterday
  tonight morning afternoon evening night week weekend monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december spring summer fall
  winter christmas thanksgiving halloween easter valentine valentines god lord jesus happy congrats congratulations
  proud shoutout shout big huge great good best love lol omg wow yay ugh so very really what who when where why
  how which all some any every each both more most much many few one two three four five first second third last
  next new old math algebra geometry calculus biology chemistry physics science english spanish history reading
  writing art music band choir pe gym health social studies government economics welding nursing cosmetology
  culinary automotive hvac teacher teachers principal students student class school district board superintendent
  staff coach mr mrs ms miss dr sr sra srta maestra maestro profe senor senora facebook instagram tiktok twitter
  x google zoom canvas classdojo remind snapchat snap youtube amazon target walmart starbucks costco sonic oklahoma
  okc tulsa norman moore yelm washington texas america american usa us ou osu tcc ok state city county high middle
  elementary academy campus center technology tech public schools school university college iep sped ell esl ap
  sat act gpa covid fafsa pta pto ptsa fyi asap rip btw tbh imo imho idk smh dm pm am hs ms es sos okcps tps mntc
  ycs mtc halloween homecoming prom graduation friday fridays mondays stem steam red ribbon week month day year
  please remember reminder note notice update alert attention announcement breaking official news quiz test exam
  final finals midterm semester quarter term grade grades score scores report card cards honor roll lunch recess
  field trip let lets can could would should might must shall here there now then than not never always still yet
  again please thank thanks sorry excited ready late early good bad sad mad glad tired done finished feliz gracias
  hola buenos buenas dias tardes noches hoy manana ayer semana escuela clase maestros alumnos estudiantes mi mis tu
  tus su sus nuestro nuestra el la los las un una y o pero que como cuando donde por para con sin sobre muy mas
  todo todos todas este esta estos estas ese esa lunes martes miercoles jueves viernes sabado domingo enero febrero
  sundays tuesdays wednesdays thursdays saturdays
  heritage herencia hispana hispano hispanic latino latina latinx indigenous asian pride awareness
  appreciation history historia independence independencia dead muertos mes
  parentvue studentvue powerschool skyward seesaw schoology marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre dios senor feliz cumpleanos`
    .split(/\s+/)
    .filter(Boolean),
);

// Titles before a name mark an adult (a colleague or parent), not a student.
export const ADULT_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'coach', 'principal', 'sr', 'sra', 'srta', 'senor', 'senora', 'maestra',
  'maestro', 'profe', 'professor', 'prof', 'teacher', 'nurse', 'counselor', 'officer', 'pastor', 'aunt', 'uncle',
  'tia', 'tio', 'superintendent', 'director', 'directora', 'dean', 'madam', 'sir',
]);
