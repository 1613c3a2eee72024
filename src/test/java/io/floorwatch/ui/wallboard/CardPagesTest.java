package io.floorwatch.ui.wallboard;

import io.floorwatch.domain.Activity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardPagesTest {
    private static List<AgentCard> cards(String prefix, int count) {
        List<AgentCard> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(new AgentCard(prefix + i, prefix + " " + i, "Team", Activity.IDLE, null, false, false, false,
                    ""));
        }
        return cards;
    }

    @Test
    void aGroupTakesAHeadingRowAndFillsTheRowsUnderIt() {
        List<List<CardPages.Slot>> pages = CardPages.paginate(List.of(new CardPages.Group("Idle", "IDLE",
                cards("a", 5))), 3, 4);

        assertThat(pages).hasSize(1);
        List<CardPages.Slot> page = pages.get(0);
        assertThat(page.get(0).isHeading()).isTrue();
        assertThat(page.get(0).heading()).isEqualTo("Idle  5");
        assertThat(page.get(0).styleKey()).isEqualTo("IDLE");
        assertThat(page.subList(1, 6)).extracting(CardPages.Slot::row).containsExactly(1, 1, 1, 2, 2);
        assertThat(page.subList(1, 6)).extracting(CardPages.Slot::column).containsExactly(0, 1, 2, 0, 1);
    }

    @Test
    void aGroupLongerThanAPageGoesOnUnderItsHeadingAgain() {
        // 3 rows: a heading and two rows of two cards = 4 cards a page.
        List<List<CardPages.Slot>> pages = CardPages.paginate(List.of(new CardPages.Group("Idle", "IDLE",
                cards("a", 9))), 2, 3);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(1).get(0).heading()).isEqualTo("Idle  9  (continued)");
        long cardsShown = pages.stream().flatMap(List::stream).filter(s -> !s.isHeading()).count();
        assertThat(cardsShown).isEqualTo(9);
        assertThat(pages.get(2)).extracting(s -> s.isHeading() ? "H" : s.card().agentId())
                .containsExactly("H", "a8");
    }

    @Test
    void aGroupNeverStartsOnAPagesLastRow() {
        // Group one fills rows 0-2 of 4; group two's heading would sit alone on row 3, so it starts a page.
        List<List<CardPages.Slot>> pages = CardPages.paginate(List.of(
                new CardPages.Group("Idle", "IDLE", cards("a", 4)),
                new CardPages.Group("Break", "BREAK", cards("b", 1))), 2, 4);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).get(0).heading()).isEqualTo("Break  1");
        assertThat(pages.get(1).get(0).row()).isZero();
    }

    @Test
    void emptyGroupsAndNoRoomGiveOneEmptyPage() {
        assertThat(CardPages.paginate(List.of(new CardPages.Group("Idle", "IDLE", List.of())), 3, 4))
                .containsExactly(List.of());
        assertThat(CardPages.paginate(List.of(new CardPages.Group("Idle", "IDLE", cards("a", 3))), 3, 1))
                .containsExactly(List.of());
    }
}
