package org.feedwatch.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Made-up Belarusian- and Russian-style person names in Latin press spelling, always the same for a seed:
 * the watchlist of the benchmark (1,200 names, like a list of political prisoners) and the people its news
 * items talk about. A surname agrees with the person's sex (Bialiatski/Bialiatskaja, Kavalau/Kavalava; Barysevich for both).
 */
public final class PersonNames {

    /** A person: given name and surname, e.g. Ales Bialiatski. */
    public record PersonName(String given, String surname) {

        public String full() {
            return given + " " + surname;
        }

        /** The row of a watchlist CSV ({@code name[,aliases…]}): the name, then the surname-first form. */
        public String csvRow() {
            return full() + "," + surname + " " + given;
        }
    }

    private static final List<String> MEN = List.of("Ales", "Aliaksandr", "Aliaksei", "Andrei", "Anton",
            "Artsiom", "Dzmitry", "Eduard", "Ihar", "Ilya", "Ivan", "Kanstantsin", "Kiryl", "Leanid", "Maksim",
            "Mikalai", "Mikhail", "Mikita", "Paval", "Pavel", "Raman", "Ryhor", "Siarhei", "Sviatlan", "Uladzimir",
            "Uladzislau", "Vadzim", "Valiantsin", "Viktar", "Vital", "Yauhen", "Yury", "Zmitser", "Oleg", "Sergei",
            "Vladimir", "Dmitry", "Nikolai", "Yegor", "Stanislau");
    private static final List<String> WOMEN = List.of("Alena", "Alesia", "Alina", "Anastasiya", "Darya",
            "Hanna", "Iryna", "Kaciaryna", "Katsiaryna", "Ksenia", "Larysa", "Liudmila", "Maria", "Maryja",
            "Marfa", "Nasta", "Natallia", "Nina", "Palina", "Volha", "Sviatlana", "Tatsiana", "Valiantsina",
            "Veranika", "Viktoryia", "Yana", "Yulia", "Zhanna", "Olga", "Tatiana");
    private static final List<String> ROOTS = List.of("Bial", "Barys", "Kaval", "Kalesn", "Lapt", "Marc",
            "Navum", "Pratas", "Raman", "Sakal", "Statk", "Tsikhan", "Khrap", "Lasht", "Babar", "Dudar", "Hanch",
            "Zhuk", "Karp", "Las", "Mial", "Pash", "Rudk", "Shyl", "Sid", "Tarasev", "Uls", "Varab", "Yarash",
            "Zakharev", "Bandar", "Charn", "Dash", "Filip", "Hurs", "Ihnat", "Klim", "Kuzm", "Lyt", "Makar",
            "Nester", "Ostap", "Pilip", "Rakit", "Sapieh", "Tkach", "Vaskev", "Yermak", "Zaits", "Belsk");

    /** Each suffix gives the man's and the woman's form of one surname. */
    private record SurnameSuffix(String male, String female) {
    }

    private static final List<SurnameSuffix> SUFFIXES = List.of(new SurnameSuffix("iatski", "iatskaja"),
            new SurnameSuffix("enka", "enka"), new SurnameSuffix("evich", "evich"),
            new SurnameSuffix("au", "ava"), new SurnameSuffix("ov", "ova"), new SurnameSuffix("in", "ina"),
            new SurnameSuffix("uk", "uk"), new SurnameSuffix("chyk", "chyk"), new SurnameSuffix("ski", "skaya"),
            new SurnameSuffix("ovich", "ovich"), new SurnameSuffix("ets", "ets"), new SurnameSuffix("ich", "ich"));

    private PersonNames() {
    }

    /** {@code count} distinct people (by full name), in a fixed order for a seed. */
    public static List<PersonName> generate(int count, long seed) {
        int possible = (MEN.size() + WOMEN.size()) * ROOTS.size() * SUFFIXES.size();
        if (count > possible / 2) {
            throw new IllegalArgumentException("at most " + possible / 2 + " distinct names, asked " + count);
        }
        Random random = new Random(seed);
        Set<PersonName> names = new LinkedHashSet<>();
        while (names.size() < count) {
            boolean woman = random.nextInt(5) < 2;
            List<String> given = woman ? WOMEN : MEN;
            SurnameSuffix suffix = SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            String surname = ROOTS.get(random.nextInt(ROOTS.size())) + (woman ? suffix.female() : suffix.male());
            names.add(new PersonName(given.get(random.nextInt(given.size())), surname));
        }
        return new ArrayList<>(names);
    }

    /** The names as the watchlist CSV a user would import, one person a line. */
    public static String csv(List<PersonName> names) {
        return names.stream().map(PersonName::csvRow).collect(Collectors.joining("\n", "", "\n"));
    }
}
