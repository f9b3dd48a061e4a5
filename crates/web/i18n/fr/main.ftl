# Agora — catalogue français (traduit du catalogue anglais de référence).
# Les clés sont regroupées par page ; les termes de vocabulaire sont « <vocabulaire>-<code> ».

## Navigation et cadre
nav-skip = Aller au contenu
nav-main = Menu principal
nav-menu = Menu
nav-languages = Langues
nav-home = Accueil
nav-participants = Participants
nav-organizations = Organisations
nav-statistics = Statistiques
nav-reference = Données de référence
nav-profile = Mon profil
nav-admin = Paramètres du forum
nav-login = Se connecter
nav-logout = Se déconnecter
nav-register = S'inscrire
nav-privacy = Politique de confidentialité
footer-powered = Propulsé par Agora, logiciel libre pour les forums de gouvernance multipartite.
back-home = Retour à la page d'accueil
choose = Choisir…
not-stated = Non indiqué
yes = Oui
download = Télécharger

## Accueil
home-title = Accueil
home-intro-default = Un forum ouvert où les gouvernements, le secteur privé, la société civile, la communauté technique, le milieu universitaire et les organisations intergouvernementales débattent de la gouvernance de l'Internet sur un pied d'égalité. Chacun peut y participer.
home-participants = participants
home-organizations = organisations
home-countries = pays et zones
home-join = S'inscrire pour participer
home-explore = Découvrir le forum
home-statistics-hint = qui participe, par groupe de parties prenantes, par région, etc.
home-participants-hint = les personnes et les organisations du forum
home-reference-hint = pays, groupes régionaux de l'ONU, grandes orientations du SMSI et ODD

## Confidentialité
privacy-title = Politique de confidentialité
privacy-default-1 = Ce forum conserve les informations que vous fournissez lors de votre inscription afin que vous puissiez participer : votre nom, votre adresse électronique, votre groupe de parties prenantes, votre organisation, votre pays et, si vous choisissez de les indiquer, votre genre, vos langues et une courte biographie.
privacy-default-2 = Votre nom, votre organisation, votre groupe de parties prenantes et votre pays n'apparaissent dans l'annuaire public que si vous choisissez d'y figurer. Le genre et les autres données sur la diversité ne sont jamais publiés que sous forme de totaux, et les effectifs inférieurs à cinq sont masqués.
privacy-default-3 = Vous pouvez à tout moment, depuis votre profil, télécharger toutes les données que le forum détient à votre sujet et supprimer votre compte. Vos contributions publiques restent alors en ligne, attribuées à un ancien participant.
privacy-default-4 = Cookies : l’un vous garde connecté, un autre protège les formulaires contre la falsification et, si vous commentez sans compte, un troisième remplit votre nom, votre groupe et votre pays lors de votre commentaire suivant pendant une journée. Aucun ne vous suit.

## Champs des formulaires
form-has-errors = Veuillez corriger les points suivants :
field-name = Nom complet
field-email = Adresse électronique
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-hint = Au moins 10 caractères. Quelques mots sans rapport entre eux forment un mot de passe solide et facile à retenir.
field-stakeholder-group = Groupe de parties prenantes
field-stakeholder-group-hint = Le groupe au titre duquel vous participez. Les journalistes choisissent le groupe de leur organisation et cochent « presse ou médias » ci-dessous.
field-organization = Organisation
field-organization-hint = Choisissez-en une dans la liste ou saisissez un nouveau nom. Laissez vide si vous participez à titre personnel.
field-website = Site web de l'organisation (facultatif)
field-country = Pays ou zone
field-gender = Genre (facultatif)
field-gender-hint = Utilisé uniquement pour des totaux anonymes, afin que le forum puisse vérifier s'il est équilibré.
field-languages = Langues que vous parlez
field-participation = Participation
field-first-time = C'est la première fois que je participe à ce forum
field-media = Je participe au titre de la presse ou des médias
field-listed = Me faire figurer dans l'annuaire public (nom, organisation, groupe de parties prenantes et pays)
field-bio = Courte biographie (facultatif)
field-bio-hint = Le format Markdown est accepté : **gras**, _italique_, [liens](https://example.org).
field-consent = J'ai lu et j'accepte la

## Erreurs de saisie
field-name-missing = Saisissez votre nom complet.
field-name-invalid = Saisissez un nom de 120 caractères au maximum, sans caractères de contrôle.
field-email-missing = Saisissez votre adresse électronique.
field-email-invalid = Saisissez une adresse électronique de la forme nom@example.org.
field-password-too-short = Choisissez un mot de passe d'au moins 10 caractères.
field-password-too-long = Choisissez un mot de passe de 256 caractères au maximum.
field-password-weak = Ce mot de passe est trop facile à deviner (mot de passe courant, caractère répété, ou encore votre nom ou votre adresse électronique). Choisissez-en un autre.
field-stakeholder-group-missing = Choisissez votre groupe de parties prenantes.
field-country-missing = Choisissez votre pays ou zone.
field-country-unknown = Choisissez un pays ou une zone dans la liste.
field-gender-unknown = Choisissez un genre dans la liste, ou laissez le champ vide.
field-language-unknown = Choisissez des langues dans la liste.
field-bio-too-long = La biographie doit compter moins de 4 000 caractères.
field-consent-missing = Vous devez accepter la politique de confidentialité pour vous inscrire.
field-organization-too-long = Le nom de l'organisation doit compter moins de 200 caractères.
field-website-invalid = Saisissez une adresse web commençant par https:// ou http://.

## Inscription et vérification
register-title = Inscription
register-intro = Chacun peut participer au forum. Dites-nous qui vous êtes, afin que le forum puisse vérifier que chaque groupe de parties prenantes et chaque région se font entendre.
register-submit = S'inscrire
register-have-account = Vous avez déjà un compte ?
register-sent-title = Consultez votre messagerie
register-sent-body = Nous avons envoyé un message à l'adresse que vous avez indiquée. Suivez le lien qu'il contient pour confirmer votre adresse, puis connectez-vous. Si rien n'arrive d'ici quelques minutes, vérifiez votre dossier de courrier indésirable.
verify-invalid-title = Ce lien ne fonctionne plus
verify-invalid-body = Le lien de confirmation a expiré ou a déjà été utilisé. Connectez-vous pour en recevoir un nouveau.

## Connexion et mots de passe
login-title = Connexion
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-failed = L'adresse électronique ou le mot de passe est incorrect.
login-unverified-title = Confirmez d'abord votre adresse
login-unverified-body = Votre adresse électronique n'est pas encore confirmée. Nous vous avons envoyé un nouveau lien : suivez-le, puis connectez-vous.
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l'adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-title = Consultez votre messagerie
forgot-sent-body = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien reste valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-invalid-title = Ce lien ne fonctionne plus
reset-invalid-body = Le lien de réinitialisation du mot de passe a expiré ou a déjà été utilisé. Demandez-en un nouveau depuis la page de connexion.

## Avis
notice-verified = Votre adresse électronique est confirmée. Vous pouvez maintenant vous connecter.
notice-password-reset = Votre mot de passe a été modifié : toutes les sessions ont été fermées et tous les jetons d'API révoqués. Connectez-vous avec le nouveau mot de passe et créez de nouveaux jetons pour vos intégrations.
notice-logged-out-everywhere = Toutes les sessions de votre compte ont été fermées et tous les jetons d'API révoqués. Reconnectez-vous et changez votre mot de passe s'il a pu être connu.
logout-everywhere = Fermer toutes les sessions et révoquer tous les jetons
logout-everywhere-explain = Si vous pensez que quelqu'un d'autre connaît votre mot de passe ou l'un de vos jetons d'API, fermez toutes les sessions de votre compte sur tous les appareils et révoquez tous ses jetons d'API. Changez ensuite votre mot de passe.
logout-everywhere-title = Se déconnecter partout
notice-saved = Votre profil a été enregistré.
notice-logged-out = Vous avez bien été déconnecté de votre compte.

## Profil
profile-title = Mon profil
profile-roles = Rôles
profile-save = Enregistrer mon profil
profile-your-data = Vos données
profile-export = Télécharger mes données (JSON)
profile-delete = Supprimer mon compte
delete-title = Supprimer mon compte
delete-explain = Cette action efface votre nom, votre adresse électronique et toutes les informations de votre profil, et vous déconnecte partout. Vos contributions publiques restent en ligne, attribuées à « ancien participant ». Cette action est irréversible.
delete-password = Votre mot de passe, pour confirmer
delete-submit = Supprimer définitivement mon compte
delete-wrong-password = Ce mot de passe est incorrect.
deleted-title = Votre compte est supprimé
deleted-body = Vos données personnelles ont été effacées. Merci de votre participation.

## Rôles
role-participant = Participant
role-secretariat = Secrétariat
role-mag = Membre du Groupe consultatif multipartite
role-chair = Présidence
role-admin = Administrateur

## Annuaire
participants-title = Participants
participants-intro = Les participants qui ont choisi de figurer dans l'annuaire. Personne d'autre n'apparaît ici.
organizations-title = Organisations
organizations-participants = Participants
organizations-all = Toutes les organisations
organization-listed-people = Participants inscrits à l'annuaire
directory-filter = Filtrer la liste
directory-name = Nom
directory-any = Tous
directory-apply = Appliquer les filtres
directory-empty = Personne ne correspond à ces filtres.
directory-pages = Pages
directory-previous = Page précédente
directory-next = Page suivante

## Statistiques
statistics-title = Statistiques de participation
statistics-total = { $total ->
    [one] { $total } participant inscrit.
   *[other] { $total } participants inscrits.
}
statistics-privacy = Seuls des totaux sont publiés. Tout effectif compris entre 1 et 4 est masqué, ainsi qu'un autre effectif si nécessaire, afin que personne ne puisse être identifié.
statistics-sections = Sur cette page
statistics-category = Catégorie
statistics-count = Participants
statistics-suppressed = moins de 5
statistics-suppressed-note = « Moins de 5 » signale un effectif masqué.
statistics-chart-description = Diagramme en barres des { $total } inscriptions ; les mêmes chiffres figurent dans le tableau à côté.
statistics-development-note = Un pays peut figurer sur plusieurs listes de l'ONU (l'Afghanistan est à la fois un pays moins avancé et un pays sans littoral) : la somme de ces effectifs peut donc dépasser le total.
statistics-by-stakeholder-group = Par groupe de parties prenantes
statistics-by-regional-group = Par groupe régional de l'ONU
statistics-by-development-status = Par niveau de développement du pays
statistics-by-gender = Par genre
statistics-by-first-time = Nouveaux participants
statistics-by-media = Presse et médias

## Vocabulaires
stakeholder-group-government = Gouvernement
stakeholder-group-private-sector = Secteur privé
stakeholder-group-civil-society = Société civile
stakeholder-group-technical-community = Communauté technique
stakeholder-group-academia = Milieu universitaire
stakeholder-group-intergovernmental-organization = Organisation intergouvernementale
regional-group-african = Groupe des États d'Afrique
regional-group-asia-pacific = Groupe des États d'Asie et du Pacifique
regional-group-eastern-european = Groupe des États d'Europe orientale
regional-group-latin-american-caribbean = Groupe des États d'Amérique latine et des Caraïbes (GRULAC)
regional-group-western-european-others = Groupe des États d'Europe occidentale et autres États (WEOG)
regional-group-intergovernmental-organizations = Organisations intergouvernementales
regional-group-no-group = Hors groupe régional de l'ONU
development-status-ldc = Pays moins avancé (PMA)
development-status-lldc = Pays en développement sans littoral (PDSL)
development-status-sids = Petit État insulaire en développement (PEID)
development-status-not-listed = Sur aucune de ces listes
gender-female = Féminin
gender-male = Masculin
gender-non-binary = Non binaire
gender-prefer-not-to-say = Préfère ne pas répondre
gender-not-stated = Non indiqué
first-time-first-time = Première participation
first-time-returning = A déjà participé
media-media = Presse ou médias
media-not-media = Autres participants

## Données de référence
reference-title = Données de référence
reference-intro = Les vocabulaires communs du forum, établis à partir de sources de l'ONU. Également disponibles au format
reference-stakeholder-groups = Groupes de parties prenantes
reference-press-note = La presse et les médias ne constituent pas un groupe distinct : les journalistes choisissent le groupe de leur organisation et sont comptés à part au titre de la presse.
reference-regional-groups = Groupes régionaux de l'ONU
reference-group = Groupe régional de l'ONU
reference-members = Membres
reference-action-lines = Grandes orientations du SMSI
reference-code = Code
reference-title-column = Intitulé
reference-linked-sdgs = ODD associés
reference-sdgs = Objectifs de développement durable
reference-countries = Pays et zones (M49 de l'ONU)
reference-region = Sous-région

## Paramètres du forum
admin-settings-title = Paramètres du forum
admin-forum-name = Nom du forum
admin-forum-intro = Présentation sur la page d'accueil
admin-forum-privacy = Politique de confidentialité
admin-markdown-hint = Le format Markdown est accepté. Laissez vide pour utiliser le texte par défaut d'Agora.
admin-save = Enregistrer les paramètres
admin-settings-too-long = Un paramètre est trop long : le nom peut compter jusqu'à 120 caractères, la présentation 20 000 et la politique de confidentialité 50 000.

## Courriels
mail-verify-subject = Confirmez votre adresse pour { $forum }
mail-verify-body =
    Bonjour { $name },

    Merci de votre inscription. Veuillez confirmer votre adresse électronique en ouvrant ce lien :

    { $link }

    Le lien reste valable sept jours. Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message.
mail-reset-subject = Réinitialisation de votre mot de passe pour { $forum }
mail-reset-body =
    Bonjour { $name },

    Une demande de réinitialisation du mot de passe de votre compte a été faite. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure qui suit :

    { $link }

    Si cette demande ne vient pas de vous, ignorez ce message : votre mot de passe reste inchangé.
mail-already-registered-subject = Quelqu'un a tenté de s'inscrire avec votre adresse sur { $forum }
mail-already-registered-body =
    Bonjour,

    Quelqu'un a tenté de créer un nouveau compte avec cette adresse électronique, qui possède déjà un compte.

    Si c'était vous, connectez-vous plutôt, ou choisissez un nouveau mot de passe ici :

    { $link }

    Si ce n'était pas vous, ignorez ce message.

## Erreurs
error-not-found = Page introuvable
error-not-found-help = Il n'y a rien à cette adresse. Vérifiez le lien, ou repartez de la page d'accueil.
error-bad-request = La requête n'a pas pu être comprise
error-bad-request-help = Un élément de la requête n'est pas valide. Les détails ci-dessous précisent lequel.
error-csrf = Ce formulaire a expiré
error-csrf-help = Pour votre sécurité, un formulaire ne fonctionne que depuis la page qui l'a affiché. Revenez en arrière, rechargez la page et renvoyez le formulaire.
error-forbidden = Accès non autorisé
error-forbidden-help = Votre compte n'a pas le rôle requis pour cette page.
error-rate-limited = Trop de tentatives
error-rate-limited-help = Veuillez patienter quelques minutes avant de réessayer.
error-conflict = Existe déjà
error-conflict-help = Un élément portant le même nom existe déjà.
error-internal = Un problème est survenu de notre côté
error-internal-help = Le problème a été enregistré. Veuillez réessayer dans un instant.
nav-consultations = Consultations
admin-time-zone = Fuseau horaire
admin-time-zone-hint = Le fuseau dans lequel toutes les dates et heures sont affichées, sous son nom IANA, par exemple Africa/Nairobi ou America/Sao_Paulo (UTC s'il est vide).
admin-settings-time-zone-unknown = Ce n'est pas un fuseau de la base IANA : écrivez-le sous la forme Continent/Ville, par exemple Africa/Nairobi.
home-my-work = Votre travail
home-my-work-none = Rien ne vous attend. Voyez ci-dessous ce qui est ouvert.
home-my-evaluations = Propositions à évaluer
home-evaluations-progress = { $done } sur { $assigned } évaluées
home-my-reports = Rapports de session à déposer
home-my-proposals = Vos propositions
home-my-groups = Vos groupes
home-my-agenda = Votre agenda
home-agenda-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
home-my-queues = En attente du Secrétariat
home-queue-screening = { $count ->
    [one] 1 proposition à présélectionner dans { $cycle }
   *[other] { $count } propositions à présélectionner dans { $cycle }
}
home-queue-staged = { $count ->
    [one] 1 décision préparée à revoir et publier dans { $cycle }
   *[other] { $count } décisions préparées à revoir et publier dans { $cycle }
}
home-queue-registrations = { $count ->
    [one] 1 inscription à la réunion à approuver dans { $cycle }
   *[other] { $count } inscriptions à la réunion à approuver dans { $cycle }
}
home-now = En ce moment
home-now-nothing = Aucun appel, aucune consultation ni réunion n’est ouvert en ce moment.
home-open = Ouvert
home-open-until = jusqu’au { $date }
home-next-phase = Ensuite : { $phase } ouvre le { $date }.
home-on-now = En cours
home-consultation = Consultation publique
home-take-part-consultation = Lire et répondre
home-take-part-call-for-issues = Proposer un sujet
home-take-part-call-for-proposals = Proposer un atelier
home-take-part-screening = Voir les propositions
home-take-part-evaluation = Voir le cycle
home-take-part-selection = Voir le cycle
home-take-part-scheduling = Voir le programme provisoire
home-take-part-meeting = Voir le programme
home-take-part-reporting = Lire les rapports de session
cycle-emerging = Questions émergentes de l’année
cycle-emerging-recommend = Rédiger une recommandation
