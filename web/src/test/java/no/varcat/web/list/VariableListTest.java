package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

class VariableListTest {

    @Test
    void keepsTheOrderAddedAndEachVariableOnce() {
        VariableList list = new VariableList();
        assertThat(list.add("https://x/b")).isEqualTo(VariableList.Added.ADDED);
        assertThat(list.add("https://x/a")).isEqualTo(VariableList.Added.ADDED);
        assertThat(list.add("https://x/b")).isEqualTo(VariableList.Added.ALREADY_THERE);

        assertThat(list.iris()).containsExactly("https://x/b", "https://x/a");
        assertThat(list.remove("https://x/b")).isTrue();
        assertThat(list.remove("https://x/b")).isFalse();
        assertThat(list.iris()).containsExactly("https://x/a");
    }

    @Test
    void refusesMoreThanTheCap() {
        VariableList list = new VariableList();
        for (int i = 0; i < VariableList.MAX_SIZE; i++) {
            list.add("https://x/" + i);
        }
        assertThat(list.add("https://x/one-too-many")).isEqualTo(VariableList.Added.FULL);
        assertThat(list.size()).isEqualTo(VariableList.MAX_SIZE);
    }

    @Test
    void retainAllReportsWhatWent() {
        VariableList list = new VariableList();
        list.add("https://x/a");
        list.add("https://x/gone");
        assertThat(list.retainAll(List.of("https://x/a"))).isEqualTo(1);
        assertThat(list.iris()).containsExactly("https://x/a");
    }

    @Test
    void readingDoesNotCreateASessionButAddingDoes() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(VariableList.existing(request)).isEmpty();
        assertThat(request.getSession(false)).isNull();

        MockHttpSession session = new MockHttpSession();
        VariableList.of(session).add("https://x/a");
        request.setSession(session);
        assertThat(VariableList.existing(request)).hasValueSatisfying(l -> assertThat(l.iris()).containsExactly("https://x/a"));
        assertThat(VariableList.of(session)).isSameAs(VariableList.existing(request).orElseThrow());
    }
}
