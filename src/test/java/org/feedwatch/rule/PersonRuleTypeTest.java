package org.feedwatch.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.search.Query;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.name.InvalidNameException;
import org.feedwatch.rule.name.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRuleTypeTest {

    private final PersonRuleType type = new PersonRuleType();

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    @Test
    void storesTheTidiedDefinition() throws InvalidInputException {
        JsonObject stored = type.define(json(
                "{'type':'person','name':' Ales  Bialiatski ','aliases':['Aleś Białacki'],'surnameAlone':true}"));
        assertEquals(json("{'name':'Ales Bialiatski','aliases':['Aleś Białacki'],'surnameAlone':true}"), stored);
        assertEquals(json("{'name':'Maria Kalesnikava','aliases':[],'surnameAlone':false}"),
                type.define(json("{'name':'Maria Kalesnikava'}")));
    }

    @Test
    void compilesWhatItStored() throws InvalidInputException, InvalidNameException {
        JsonObject stored = type.define(json("{'name':'Ales Bialiatski','aliases':['Aleś Białacki']}"));
        Query query = type.compile(stored);
        assertEquals(PersonQueries.compile(PersonName.parse("Ales Bialiatski"),
                List.of(PersonName.parse("Aleś Białacki")), false), query);
        assertEquals("person", type.name());
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{}                                             | name         | name is required",
        "{'name':null}                                  | name         | name is required",
        "{'name':42}                                    | name         | name must be a string",
        "{'name':'Bialiatski'}                          | name         | needs a given name and a surname",
        "{'name':'A. Bialiatski'}                       | name         | is an initial",
        "{'name':'Ales Bialiatski','aliases':'Ales B'}  | aliases      | aliases must be an array",
        "{'name':'Ales Bialiatski','aliases':[7]}       | aliases      | aliases[0] must be a string",
        "{'name':'Ales Bialiatski','aliases':['Aleś Białacki','Białacki']} | aliases | aliases[1]: 'Białacki' needs a given name",
        "{'name':'Ales Bialiatski','surnameAlone':'yes'} | surnameAlone | surnameAlone must be true or false",
        "{'name':'Ales Bialiatski','surnameAlone':1}    | surnameAlone | surnameAlone must be true or false",
    })
    void refusesBadInputNamingTheField(String input, String field, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> type.define(json(input)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void refusesMoreThanTwentyAliases() {
        JsonArrayBuilder aliases = Json.createArrayBuilder();
        for (int i = 0; i <= PersonRuleType.MAX_ALIASES; i++) {
            aliases.add("Ales Bialiatski");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> type.define(Json.createObjectBuilder()
                .add("name", "Ales Bialiatski").add("aliases", aliases).build()));
        assertEquals("aliases", e.field());
        assertTrue(e.getMessage().contains("at most 20 aliases"), e.getMessage());
    }

    @Test
    void refusesAnOverlongName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> type.define(Json.createObjectBuilder().add("name", "Ales " + "b".repeat(300)).build()));
        assertEquals("name", e.field());
    }
}
